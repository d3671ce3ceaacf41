package com.artinsmartrealty.gateway.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Stored channel media.
 *
 * @param maxSize   the largest file the gateway fetches and stores (Telegram's getFile stops at 20 MB)
 * @param retention how long stored files are kept
 */
@ConfigurationProperties("gateway.media")
public record MediaProperties(DataSize maxSize, Duration retention) {

    public MediaProperties {
        maxSize = maxSize == null ? DataSize.ofMegabytes(20) : maxSize;
        retention = retention == null ? Duration.ofDays(90) : retention;
    }
}
