package com.artinsmartrealty.ai.listings;

import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.platform.config.ServiceUrls;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.BodyExtractors;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * lead-service as the AI service reads it: the tenant's catalog ({@code GET <lead>/internal/listings})
 * and listing photos, each with a service token for the tenant. Photo URLs are followed only to
 * lead-service itself, so a listing can never send the service token elsewhere.
 */
@Component
public class LeadListings {

    private final WebClient web;
    private final ServiceUrls services;
    private final ServiceCredentials credentials;
    private final ListingsProperties properties;

    LeadListings(WebClient.Builder web, ServiceUrls services, ServiceCredentials credentials,
                 ListingsProperties properties) {
        this.web = web.codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(32 * 1024 * 1024)).build();
        this.services = services;
        this.credentials = credentials;
        this.properties = properties;
    }

    public Mono<ListingCatalog> catalog(UUID tenantId) {
        return web.get()
                .uri(services.lead().resolve(ListingCatalog.PATH))
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.bearerTokenFor(tenantId))
                .retrieve()
                .bodyToMono(ListingCatalog.class)
                .timeout(properties.timeout());
    }

    /** A listing photo's bytes, at most {@code maxBytes}; empty when the URL is not lead-service's or is gone. */
    public Mono<byte[]> photo(UUID tenantId, String url, int maxBytes) {
        Optional<URI> target = resolve(services.lead(), url);
        if (target.isEmpty()) {
            return Mono.empty();
        }
        return web.get()
                .uri(target.get())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + credentials.bearerTokenFor(tenantId))
                .exchangeToMono(response -> response.statusCode().is2xxSuccessful()
                        ? DataBufferUtils.join(response.body(BodyExtractors.toDataBuffers()), maxBytes)
                                .map(buffer -> {
                                    try {
                                        byte[] bytes = new byte[buffer.readableByteCount()];
                                        buffer.read(bytes);
                                        return bytes;
                                    } finally {
                                        DataBufferUtils.release(buffer);
                                    }
                                })
                        : response.releaseBody().then(Mono.error(new IllegalStateException(
                                "lead-service answered " + response.statusCode().value() + " for a photo"))))
                .timeout(properties.timeout());
    }

    /** The URL against lead-service's base URL, if it stays on lead-service. */
    static Optional<URI> resolve(URI base, String url) {
        try {
            URI resolved = base.resolve(url);
            boolean sameOrigin = Objects.equals(resolved.getScheme(), base.getScheme())
                    && Objects.equals(resolved.getHost(), base.getHost()) && resolved.getPort() == base.getPort();
            return sameOrigin ? Optional.of(resolved) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
