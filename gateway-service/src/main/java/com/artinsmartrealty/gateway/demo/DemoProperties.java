package com.artinsmartrealty.gateway.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo agency of the local run. Seeded only when its tenant exists (the local run's demo scripts
 * created it).
 *
 * @param password                the demo logins' password ({@code platform.demo.password}); no users without it
 * @param telegramBotToken        {@code DEMO_TELEGRAM_BOT_TOKEN}
 * @param telegramWebhookSecret   {@code DEMO_TELEGRAM_WEBHOOK_SECRET}
 * @param whatsappPhoneNumberId   {@code DEMO_WHATSAPP_PHONE_NUMBER_ID}
 * @param whatsappAccessToken     {@code DEMO_WHATSAPP_ACCESS_TOKEN}
 * @param whatsappTemplateName    the approved template outside the 24-hour window, if any
 * @param whatsappTemplateLanguage its language code
 */
@ConfigurationProperties("gateway.demo")
public record DemoProperties(String password, String telegramBotToken, String telegramWebhookSecret,
                             String whatsappPhoneNumberId, String whatsappAccessToken, String whatsappTemplateName,
                             String whatsappTemplateLanguage) {

    static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @Override
    public String toString() {
        return "DemoProperties[]";
    }
}
