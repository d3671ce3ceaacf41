package com.artinsmartrealty.gateway.outbox;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the outbox relay works.
 *
 * @param pollInterval how often it looks for events nobody woke it for (after a crash, say)
 * @param batchSize    events published per transaction
 * @param keep         how long published events stay in the table
 */
@ConfigurationProperties("gateway.outbox")
public record OutboxProperties(Duration pollInterval, int batchSize, Duration keep) {

    public OutboxProperties {
        pollInterval = pollInterval == null ? Duration.ofSeconds(5) : pollInterval;
        batchSize = batchSize <= 0 ? 100 : batchSize;
        keep = keep == null ? Duration.ofDays(7) : keep;
    }
}
