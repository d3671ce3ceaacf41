package com.artinsmartrealty.gateway.channels;

import java.util.List;

/** A tenant's channels as the dashboard sees them. Secrets are never part of it. */
record ChannelsView(Telegram telegram, WhatsApp whatsapp, WebChat webchat) {

    /**
     * @param delivery   how updates arrive: {@code webhook}, {@code polling} or {@code off}
     * @param webhookUrl where Telegram sends updates, in webhook mode
     */
    record Telegram(boolean configured, String botUsername, String delivery, String webhookUrl) {
    }

    /** @param ownAppSecret whether the agency's own Meta app signs its webhooks */
    record WhatsApp(boolean configured, String phoneNumberId, boolean ownAppSecret, String templateName,
                    String templateLanguage) {
    }

    record WebChat(List<String> allowedOrigins) {
    }
}
