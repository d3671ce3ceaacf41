package com.artinsmartrealty.contracts.conversation;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A conversation moved between states ({@code START}, {@code WARMUP}, {@code SLOT_FILLING},
 * {@code VALUE_PROPOSITION}, {@code HARD_GATE}, {@code ENGAGEMENT}, {@code HANDOFF_SCHEDULE},
 * {@code COMPLETED}, {@code HUMAN_TAKEOVER}).
 *
 * @param from null when the conversation begins
 */
public record ConversationStateChanged(UUID conversationId, Channel channel, String chatId, String from,
                                       String to, String language) implements EventPayload {

    public ConversationStateChanged {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(to, "to");
    }
}
