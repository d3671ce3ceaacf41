package com.artinsmartrealty.gateway.tenants;

import java.util.UUID;

/**
 * A tenant's Telegram bot: its token and the secret Telegram sends with every webhook call, both
 * decrypted. Never logged: {@link #toString()} names the tenant only.
 *
 * @param botUsername the bot's {@code @username} as {@code getMe} reported it, or null
 */
public record TelegramSettings(UUID tenantId, String botToken, String webhookSecret, String botUsername) {

    @Override
    public String toString() {
        return "TelegramSettings[tenantId=" + tenantId + "]";
    }
}
