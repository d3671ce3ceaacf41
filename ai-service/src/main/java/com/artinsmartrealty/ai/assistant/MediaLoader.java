package com.artinsmartrealty.ai.assistant;

import com.artinsmartrealty.ai.media.GatewayMedia;
import com.artinsmartrealty.ai.media.Media;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The bytes of a {@link MediaSource}: fetched from the gateway, or the upload itself. */
@Component
class MediaLoader {

    private final GatewayMedia gateway;

    MediaLoader(GatewayMedia gateway) {
        this.gateway = gateway;
    }

    Mono<Media> load(UUID tenantId, MediaSource source) {
        return switch (source) {
            case MediaSource.Stored stored -> gateway.fetch(tenantId, stored.ref(), stored.kind());
            case MediaSource.Uploaded uploaded -> Mono.just(uploaded.media());
        };
    }

    /** Checks what a stored reference declares; an upload was checked when it arrived. */
    void checkDeclared(UUID tenantId, MediaSource source) {
        if (source instanceof MediaSource.Stored stored) {
            gateway.checkDeclared(tenantId, stored.ref(), stored.kind());
        }
    }
}
