package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.media.MediaProperties;
import com.artinsmartrealty.gateway.media.MediaStore;
import com.artinsmartrealty.gateway.media.StoredFile;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Received WhatsApp media: the media id's download URL (valid a few minutes) from the Graph API,
 * then the bytes with the tenant's token, stored once per media id.
 */
@Component
class WhatsAppMedia {

    private final GraphApi graph;
    private final MediaStore store;
    private final int maxBytes;

    WhatsAppMedia(GraphApi graph, MediaStore store, MediaProperties properties) {
        this.graph = graph;
        this.store = store;
        this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 1, properties.maxSize().toBytes());
    }

    /** The stored copy of a {@code whatsapp-media:} reference; the MIME type and name of the webhook stay. */
    Mono<MediaRef> stored(WhatsAppSettings settings, MediaRef received) {
        String mediaId = received.ref().substring(WhatsAppMessages.MEDIA_REF_PREFIX.length());
        return store.bySource(settings.tenantId(), received.ref())
                .switchIfEmpty(Mono.defer(() -> graph.mediaInfo(settings, mediaId)
                        .flatMap(info -> {
                            if (info.sizeBytes() > maxBytes) {
                                return Mono.error(MediaFailure.tooLarge("the file is larger than "
                                        + maxBytes / (1024 * 1024) + " MB"));
                            }
                            if (info.url().isEmpty()) {
                                return Mono.error(MediaFailure.retryable("no download URL for the media", null));
                            }
                            return graph.download(settings, info.url(), maxBytes);
                        })
                        .onErrorMap(DataBufferLimitException.class, e -> MediaFailure.tooLarge(
                                "the file is larger than " + maxBytes / (1024 * 1024) + " MB"))
                        .flatMap(bytes -> store.store(settings.tenantId(), received.ref(),
                                new StoredFile(bytes, received.mimeType(), received.fileName())))));
    }
}
