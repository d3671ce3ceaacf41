package com.artinsmartrealty.gateway.channels;

import java.util.List;

/**
 * A tenant admin's change to the agency's channels. A section left out stays as it is; inside a
 * section, a secret left out keeps its stored value.
 */
record ChannelsUpdate(Telegram telegram, WhatsApp whatsapp, WebChat webchat) {

    /**
     * @param webhookSecret the secret Telegram sends back with every update (1-256 of A-Z, a-z, 0-9,
     *                      '_' and '-'); generated when never given
     */
    record Telegram(String botToken, String webhookSecret) {
        @Override
        public String toString() {
            return "Telegram[]";
        }
    }

    /**
     * @param appSecret        the secret of the agency's own Meta app, when it does not use the platform's
     * @param templateName     the approved template sent outside the 24-hour window
     * @param templateLanguage its language code, e.g. {@code en_US}
     */
    record WhatsApp(String phoneNumberId, String accessToken, String appSecret, String templateName,
                    String templateLanguage) {
        @Override
        public String toString() {
            return "WhatsApp[phoneNumberId=" + phoneNumberId + "]";
        }
    }

    /** @param allowedOrigins origins allowed to embed the widget ({@code https://agency.example}, patterns, {@code *}) */
    record WebChat(List<String> allowedOrigins) {
    }
}
