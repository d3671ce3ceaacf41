package com.artinsmartrealty.contracts.chat;

import java.util.Objects;

/**
 * A choice offered under a message. Channels render it natively (Telegram inline keyboard, WhatsApp
 * reply button or list row, web chat button); pressing it comes back as
 * {@link MessageContent.ButtonPress} with {@code callbackData}.
 */
public record ReplyButton(String label, String callbackData) {

    /** Telegram's limit on callback data, in bytes of UTF-8. */
    public static final int MAX_CALLBACK_DATA_BYTES = 64;

    public ReplyButton {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(callbackData, "callbackData");
        int bytes = callbackData.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes == 0 || bytes > MAX_CALLBACK_DATA_BYTES) {
            throw new IllegalArgumentException("callbackData must be 1-64 bytes, was " + bytes);
        }
    }
}
