package com.artinsmartrealty.platform.messaging;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How consumers process records.
 *
 * @param maxInFlight  records being processed at once per consumer before the consumer thread waits
 * @param attempts     tries per record before it is dead-lettered
 * @param firstBackoff wait before the second try; doubles each time
 * @param commitInterval how often finished records' offsets are committed
 */
@ConfigurationProperties("platform.messaging")
public record MessagingProperties(int maxInFlight, int attempts, Duration firstBackoff, Duration commitInterval) {

    public MessagingProperties {
        maxInFlight = maxInFlight <= 0 ? 4_096 : maxInFlight;
        attempts = attempts <= 0 ? 3 : attempts;
        firstBackoff = firstBackoff == null ? Duration.ofMillis(200) : firstBackoff;
        commitInterval = commitInterval == null ? Duration.ofMillis(50) : commitInterval;
    }
}
