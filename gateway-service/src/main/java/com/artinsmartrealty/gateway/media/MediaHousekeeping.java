package com.artinsmartrealty.gateway.media;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Deletes stored media older than {@code gateway.media.retention}, hourly. */
@Component
class MediaHousekeeping implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(MediaHousekeeping.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final MediaStore store;
    private final MediaProperties properties;
    private final Clock clock;
    private volatile Disposable running;

    MediaHousekeeping(MediaStore store, MediaProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void start() {
        running = Flux.interval(Duration.ofMinutes(1), EVERY)
                .concatMap(tick -> store.purgeOlderThan(OffsetDateTime.now(clock).minus(properties.retention())
                                .withOffsetSameInstant(ZoneOffset.UTC))
                        .doOnNext(purged -> {
                            if (purged > 0) {
                                log.info("Purged {} stored media files past retention", purged);
                            }
                        })
                        .onErrorResume(error -> {
                            log.warn("Media purge failed: {}", error.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }
}
