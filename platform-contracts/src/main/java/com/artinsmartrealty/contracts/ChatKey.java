package com.artinsmartrealty.contracts;

import java.util.Objects;
import java.util.UUID;

/**
 * Identity of one chat, and the Kafka record key of every chat topic: {@code tenantId:channel:chatId}.
 * Records with the same key land on the same partition, which keeps one chat's messages in order.
 */
public record ChatKey(UUID tenantId, Channel channel, String chatId) {

    public ChatKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(channel, "channel");
        if (chatId == null || chatId.isBlank()) {
            throw new IllegalArgumentException("chatId must not be blank");
        }
    }

    /** The record key. */
    public String value() {
        return tenantId + ":" + channel.wireName() + ":" + chatId;
    }

    /** Reads a key built by {@link #value()}; the chat id may itself contain colons. */
    public static ChatKey parse(String key) {
        String[] parts = key.split(":", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a chat key: " + key);
        }
        return new ChatKey(UUID.fromString(parts[0]), Channel.fromWireName(parts[1]), parts[2]);
    }

    @Override
    public String toString() {
        return value();
    }
}
