package com.artinsmartrealty.contracts.chat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;

/**
 * A user wrote to a tenant's bot. Published by the gateway on {@code chat.inbound.v1}.
 *
 * @param channelMessageId the channel's own id of the message (Telegram update id, WhatsApp wamid,
 *                         web chat message id), used to drop redeliveries
 * @param edited           true for an edit of an earlier message
 * @param sentAt           when the channel says the user sent it
 */
public record ChatMessageReceived(
        Channel channel,
        String chatId,
        String channelMessageId,
        Sender sender,
        MessageContent content,
        boolean edited,
        Instant sentAt) implements EventPayload {

    public ChatMessageReceived {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(channelMessageId, "channelMessageId");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(sentAt, "sentAt");
        sender = sender == null ? new Sender(null, null, null, null, null) : sender;
    }
}
