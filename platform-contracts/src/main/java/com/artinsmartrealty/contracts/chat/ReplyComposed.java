package com.artinsmartrealty.contracts.chat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A message is ready for a user. Published on {@code chat.outbound.v1}; the gateway renders and
 * delivers it on the chat's channel.
 *
 * @param messageId       deterministic id: a redelivered cause yields the same id, so delivery
 *                        happens once
 * @param language        BCP 47 tag of the text ({@code fa}, {@code ar}, {@code en}, {@code ru})
 * @param author          who wrote it
 * @param requestContact  offer the channel's "share my phone number" control when it has one
 */
public record ReplyComposed(
        UUID messageId,
        Channel channel,
        String chatId,
        String language,
        Author author,
        String text,
        List<ReplyButton> buttons,
        List<Attachment> attachments,
        boolean requestContact) implements EventPayload {

    public ReplyComposed {
        Objects.requireNonNull(messageId, "messageId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(author, "author");
        buttons = buttons == null ? List.of() : List.copyOf(buttons);
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
        if ((text == null || text.isEmpty()) && attachments.isEmpty()) {
            throw new IllegalArgumentException("a reply needs text or an attachment");
        }
    }

    /** Who wrote an outbound message. */
    public enum Author {
        @JsonProperty("bot") BOT,
        @JsonProperty("agent") AGENT,
        @JsonProperty("system") SYSTEM
    }
}
