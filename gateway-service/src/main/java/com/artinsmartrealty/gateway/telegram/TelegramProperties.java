package com.artinsmartrealty.gateway.telegram;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How tenant bots receive updates.
 *
 * @param mode             {@code auto}: webhooks when {@code gateway.public-url} is set, long polling
 *                         otherwise; {@code webhook}, {@code polling} or {@code off} force one
 * @param pollTimeout      how long one {@code getUpdates} call waits for updates (at most 50 s)
 * @param pollRefresh      how often the set of bots to poll is re-read
 * @param fileAttempts     {@code getFile} calls for a file whose {@code file_path} is missing
 * @param fileRetryBackoff wait between those calls
 */
@ConfigurationProperties("gateway.telegram")
public record TelegramProperties(Mode mode, Duration pollTimeout, Duration pollRefresh, int fileAttempts,
                                 Duration fileRetryBackoff) {

    public TelegramProperties {
        mode = mode == null ? Mode.AUTO : mode;
        pollTimeout = pollTimeout == null ? Duration.ofSeconds(25)
                : pollTimeout.compareTo(Duration.ofSeconds(50)) > 0 ? Duration.ofSeconds(50) : pollTimeout;
        pollRefresh = pollRefresh == null ? Duration.ofSeconds(30) : pollRefresh;
        fileAttempts = fileAttempts <= 0 ? 3 : fileAttempts;
        fileRetryBackoff = fileRetryBackoff == null ? Duration.ofMillis(500) : fileRetryBackoff;
    }

    /** How updates arrive. */
    public enum Mode { AUTO, WEBHOOK, POLLING, OFF }
}
