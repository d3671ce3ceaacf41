package com.artinsmartrealty.contracts.chat;

/**
 * Who wrote an inbound message, as the channel describes them. Every field may be null.
 *
 * @param channelUserId the channel's id of the user (Telegram user id, WhatsApp wa_id or user_id)
 * @param displayName   the name the user shows
 * @param username      the user's handle, if the channel has one
 * @param languageTag   the language the user's client reports (BCP 47), a hint only
 * @param phoneNumber   the user's own number when the channel vouches for it (WhatsApp), E.164
 */
public record Sender(String channelUserId, String displayName, String username, String languageTag,
                     String phoneNumber) {
}
