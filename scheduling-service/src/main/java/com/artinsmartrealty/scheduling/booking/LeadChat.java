package com.artinsmartrealty.scheduling.booking;

import java.util.Objects;

/**
 * The chat a lead booked from, where reminders go.
 *
 * @param channel the channel's wire name ({@code telegram}, {@code whatsapp}, {@code webchat})
 */
public record LeadChat(String channel, String chatId) {

    public LeadChat {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
    }
}
