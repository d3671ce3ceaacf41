package com.artinsmartrealty.gateway.edge;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The dashboard's REST edge.
 *
 * @param dashboardOrigins origins (or patterns) the dashboard is served from, for CORS ({@code DASHBOARD_ORIGINS})
 * @param maxBody          the largest request body by default
 * @param maxWebhookBody   the largest Telegram or WhatsApp webhook body
 * @param maxWebChatBody   the largest web chat body
 * @param maxImportBody    the largest inventory import, listing photo or photo to read
 *                         ({@code /api/properties/import}, {@code /api/properties/{id}/photos}, {@code /api/ai/vision})
 * @param maxVoiceBody     the largest voice note to transcribe ({@code /api/ai/transcribe})
 */
@ConfigurationProperties("gateway.edge")
public record EdgeProperties(List<String> dashboardOrigins, DataSize maxBody, DataSize maxWebhookBody,
                             DataSize maxWebChatBody, DataSize maxImportBody, DataSize maxVoiceBody,
                             Duration upstreamTimeout) {

    public EdgeProperties {
        dashboardOrigins = dashboardOrigins == null ? List.of() : dashboardOrigins.stream()
                .map(String::strip).filter(origin -> !origin.isEmpty()).toList();
        maxBody = maxBody == null ? DataSize.ofMegabytes(1) : maxBody;
        maxWebhookBody = maxWebhookBody == null ? DataSize.ofMegabytes(3) : maxWebhookBody;
        maxWebChatBody = maxWebChatBody == null ? DataSize.ofKilobytes(32) : maxWebChatBody;
        maxImportBody = maxImportBody == null ? DataSize.ofMegabytes(10) : maxImportBody;
        maxVoiceBody = maxVoiceBody == null ? DataSize.ofMegabytes(21) : maxVoiceBody;
        upstreamTimeout = upstreamTimeout == null ? Duration.ofSeconds(30) : upstreamTimeout;
    }
}
