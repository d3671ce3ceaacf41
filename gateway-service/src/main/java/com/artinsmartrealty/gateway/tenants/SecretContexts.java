package com.artinsmartrealty.gateway.tenants;

import java.util.UUID;

/** What each encrypted column's values are bound to, so a value moved to another row does not open. */
final class SecretContexts {

    private SecretContexts() {
    }

    static String telegramBotToken(UUID tenantId) {
        return "telegram.bot_token:" + tenantId;
    }

    static String telegramWebhookSecret(UUID tenantId) {
        return "telegram.webhook_secret:" + tenantId;
    }

    static String whatsappAccessToken(UUID tenantId) {
        return "whatsapp.access_token:" + tenantId;
    }

    static String whatsappAppSecret(UUID tenantId) {
        return "whatsapp.app_secret:" + tenantId;
    }
}
