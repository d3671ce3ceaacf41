package com.artinsmartrealty.ai.media;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Media settings.
 *
 * @param maxVoiceSize the largest voice note (20 MB)
 * @param maxPhotoSize the largest photo (10 MB)
 * @param fetchTimeout how long fetching a file from the gateway may take
 */
@ConfigurationProperties("ai.media")
public record MediaProperties(DataSize maxVoiceSize, DataSize maxPhotoSize, Duration fetchTimeout) {

    public MediaProperties {
        maxVoiceSize = maxVoiceSize == null ? DataSize.ofMegabytes(20) : maxVoiceSize;
        maxPhotoSize = maxPhotoSize == null ? DataSize.ofMegabytes(10) : maxPhotoSize;
        fetchTimeout = fetchTimeout == null ? Duration.ofSeconds(15) : fetchTimeout;
    }

    public long maxBytes(MediaKind kind) {
        return switch (kind) {
            case VOICE -> maxVoiceSize.toBytes();
            case PHOTO -> maxPhotoSize.toBytes();
        };
    }
}
