package com.artinsmartrealty.ai.media;

import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.platform.config.ServiceUrls;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import java.net.URI;
import java.util.UUID;
import java.util.concurrent.TimeoutException;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Fetches a voice note or photo the gateway stored: {@code GET <gateway>/internal/media?ref=<ref>} with a
 * service token for the tenant. Only references of the caller's tenant are fetched; the declared size
 * and type are checked before the call, the real ones after, and the body is read with a byte limit so
 * an oversized file is never held whole in memory.
 */
@Component
public class GatewayMedia {

    private final WebClient web;
    private final ServiceUrls services;
    private final ServiceCredentials credentials;
    private final MediaProperties properties;

    GatewayMedia(WebClient.Builder web, ServiceUrls services, ServiceCredentials credentials,
                 MediaProperties properties) {
        this.web = web.build();
        this.services = services;
        this.credentials = credentials;
        this.properties = properties;
    }

    /** Checks what the reference says about itself, before anything is fetched. */
    public void checkDeclared(UUID tenantId, MediaRef ref, MediaKind kind) {
        String value = ref.ref();
        if (value.startsWith(MediaRefs.STORED)) {
            if (!value.startsWith(MediaRefs.STORED + tenantId + "/")) {
                throw new MediaProblem(MediaProblem.Reason.FOREIGN, "the media reference is another tenant's");
            }
        } else if (!value.startsWith(MediaRefs.TELEGRAM_FILE)) {
            throw new MediaProblem(MediaProblem.Reason.UNSUPPORTED, "the media reference is not a chat upload");
        }
        if (kind.canonicalType(ref.mimeType()).isEmpty()) {
            throw new MediaProblem(MediaProblem.Reason.UNSUPPORTED, "unsupported " + kind + " type");
        }
        if (ref.sizeBytes() > properties.maxBytes(kind)) {
            throw new MediaProblem(MediaProblem.Reason.TOO_LARGE, kind + " larger than allowed");
        }
    }

    public Mono<Media> fetch(UUID tenantId, MediaRef ref, MediaKind kind) {
        return Mono.fromRunnable(() -> checkDeclared(tenantId, ref, kind))
                .then(Mono.defer(() -> web.get()
                        .uri(uri(ref))
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.bearerTokenFor(tenantId))
                        .exchangeToMono(response -> read(response, kind))))
                .timeout(properties.fetchTimeout())
                .onErrorMap(TimeoutException.class,
                        e -> new MediaProblem(MediaProblem.Reason.UNAVAILABLE, "the media store timed out"))
                .onErrorMap(WebClientRequestException.class,
                        e -> new MediaProblem(MediaProblem.Reason.UNAVAILABLE, "the media store is unreachable"));
    }

    private URI uri(MediaRef ref) {
        return UriComponentsBuilder.fromUri(services.gateway())
                .path(MediaRefs.GATEWAY_MEDIA_PATH)
                .queryParam("ref", "{ref}")
                .encode()
                .buildAndExpand(ref.ref())
                .toUri();
    }

    private Mono<Media> read(ClientResponse response, MediaKind kind) {
        HttpStatus status = HttpStatus.resolve(response.statusCode().value());
        if (status == HttpStatus.NOT_FOUND || status == HttpStatus.GONE) {
            return response.releaseBody().then(Mono.error(
                    new MediaProblem(MediaProblem.Reason.NOT_FOUND, "the media is gone")));
        }
        if (status == HttpStatus.FORBIDDEN) {
            return response.releaseBody().then(Mono.error(
                    new MediaProblem(MediaProblem.Reason.FOREIGN, "the media store refused the reference")));
        }
        if (!response.statusCode().is2xxSuccessful()) {
            return response.releaseBody().then(Mono.error(new MediaProblem(MediaProblem.Reason.UNAVAILABLE,
                    "the media store answered " + response.statusCode().value())));
        }
        long max = properties.maxBytes(kind);
        if (response.headers().contentLength().orElse(0) > max) {
            return response.releaseBody().then(Mono.error(
                    new MediaProblem(MediaProblem.Reason.TOO_LARGE, kind + " larger than allowed")));
        }
        String declared = response.headers().contentType().map(MediaType::toString).orElse(null);
        String type = kind.canonicalType(declared).orElse(null);
        if (type == null) {
            return response.releaseBody().then(Mono.error(
                    new MediaProblem(MediaProblem.Reason.UNSUPPORTED, "the media store sent another type")));
        }
        return DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), (int) Math.min(max, Integer.MAX_VALUE))
                .map(buffer -> {
                    try {
                        byte[] bytes = new byte[buffer.readableByteCount()];
                        buffer.read(bytes);
                        return bytes;
                    } finally {
                        DataBufferUtils.release(buffer);
                    }
                })
                .onErrorMap(DataBufferLimitException.class,
                        e -> new MediaProblem(MediaProblem.Reason.TOO_LARGE, kind + " larger than allowed"))
                .flatMap(bytes -> MediaKind.looksLike(bytes, type)
                        ? Mono.just(new Media(kind, type, bytes))
                        : Mono.error(new MediaProblem(MediaProblem.Reason.UNSUPPORTED, "the bytes are not " + type)));
    }
}
