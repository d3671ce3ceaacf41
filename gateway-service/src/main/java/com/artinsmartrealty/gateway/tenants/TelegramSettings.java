package com.artinsmartrealty.gateway.tenants;

import java.util.UUID;

/** A tenant's Telegram bot: its token and the secret Telegram sends with every webhook call. */
public record TelegramSettings(UUID tenantId, String botToken, String webhookSecret) {

    @Override
    public String toString() {
        return "TelegramSettings[tenantId=" + tenantId + "]";
    }
}
