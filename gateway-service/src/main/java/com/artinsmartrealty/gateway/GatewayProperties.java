package com.artinsmartrealty.gateway;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gateway's settings.
 *
 * @param telegramApiUrl    base URL of the Telegram Bot API ({@code TELEGRAM_API_URL})
 * @param publicUrl         the gateway's public base URL ({@code GATEWAY_PUBLIC_URL}), where Telegram
 *                          sends webhooks; unset means no public URL (bots use long polling)
 * @param webchatSessionTtl how long an idle web chat session lives
 * @param maxTextLength     the longest text a user may send, in characters
 * @param transcriptLimit   how many messages a web chat transcript keeps
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(String telegramApiUrl, String publicUrl, Duration webchatSessionTtl,
                                int maxTextLength, int transcriptLimit) {

    public GatewayProperties {
        telegramApiUrl = telegramApiUrl == null || telegramApiUrl.isBlank() ? "https://api.telegram.org"
                : telegramApiUrl.replaceAll("/+$", "");
        publicUrl = publicUrl == null || publicUrl.isBlank() ? null : publicUrl.replaceAll("/+$", "");
        webchatSessionTtl = webchatSessionTtl == null ? Duration.ofHours(24) : webchatSessionTtl;
        maxTextLength = maxTextLength <= 0 ? 4096 : maxTextLength;
        transcriptLimit = transcriptLimit <= 0 ? 500 : transcriptLimit;
    }
}
