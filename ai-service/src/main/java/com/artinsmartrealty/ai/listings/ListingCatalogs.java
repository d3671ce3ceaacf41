package com.artinsmartrealty.ai.listings;

import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.AsyncCacheLoader;
import com.github.benmanes.caffeine.cache.AsyncLoadingCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Each tenant's listings, fetched from lead-service and kept for a short while: a catalog older than
 * {@code refreshAfter} is fetched again in the background on its next use while the one in hand still
 * serves, so lead-service being slow or down never stalls a reply (a failed refresh keeps the old one; a
 * failed first fetch is remembered until the next refresh). The search index of a catalog is built once
 * per catalog version.
 */
@Component
public class ListingCatalogs {

    private static final Logger log = LoggerFactory.getLogger(ListingCatalogs.class);
    /** Stands for a catalog lead-service did not give, until the next refresh tries again. */
    private static final ListingCatalog UNAVAILABLE = new ListingCatalog(List.of(), "unavailable");

    private final AsyncLoadingCache<UUID, ListingCatalog> catalogs;
    private final AsyncCache<TenantVersion, ListingIndex> indexes;
    private final LanguageAnalyzers analyzers;

    ListingCatalogs(LeadListings lead, ListingsProperties properties, LanguageAnalyzers analyzers) {
        this.analyzers = analyzers;
        this.catalogs = Caffeine.newBuilder()
                .maximumSize(10_000)
                .refreshAfterWrite(properties.refreshAfter())
                .expireAfterWrite(properties.expireAfter())
                .buildAsync(new CatalogLoader(lead));
        this.indexes = Caffeine.newBuilder()
                .maximumSize(1_000)
                .expireAfterAccess(Duration.ofHours(1))
                .buildAsync();
    }

    /** The tenant's catalog; an error when lead-service could not be reached and nothing is cached. */
    public Mono<ListingCatalog> catalog(UUID tenantId) {
        return Mono.fromFuture(() -> catalogs.get(tenantId), true)
                .flatMap(catalog -> catalog == UNAVAILABLE
                        ? Mono.error(new IllegalStateException("the listings of the tenant are unavailable"))
                        : Mono.just(catalog));
    }

    /** The search index of the tenant's current catalog. */
    public Mono<ListingIndex> index(UUID tenantId) {
        return catalog(tenantId).flatMap(catalog -> Mono.fromFuture(() -> indexes.get(
                new TenantVersion(tenantId, versionOf(catalog)),
                (key, executor) -> Mono.fromCallable(() -> ListingIndex.build(catalog.version(), catalog.items(),
                                analyzers))
                        .subscribeOn(Schedulers.boundedElastic())
                        .toFuture()), true));
    }

    /** The catalog's version, or a digest of its content when lead-service gave none. */
    static String versionOf(ListingCatalog catalog) {
        return catalog.version().isBlank() ? "content-" + Integer.toHexString(catalog.items().hashCode())
                : catalog.version();
    }

    private record TenantVersion(UUID tenantId, String version) {
    }

    /**
     * Fetches catalogs. A first fetch that fails leaves {@link #UNAVAILABLE} for one refresh interval, so
     * replies do not each wait for an unreachable lead-service; a refresh that fails keeps the catalog in
     * hand.
     */
    private static final class CatalogLoader implements AsyncCacheLoader<UUID, ListingCatalog> {

        private final LeadListings lead;

        CatalogLoader(LeadListings lead) {
            this.lead = lead;
        }

        @Override
        public CompletableFuture<ListingCatalog> asyncLoad(UUID tenantId, Executor executor) {
            return lead.catalog(tenantId)
                    .onErrorResume(e -> {
                        log.warn("Listings of tenant {} could not be fetched: {}", tenantId, e.toString());
                        return Mono.just(UNAVAILABLE);
                    })
                    .toFuture();
        }

        @Override
        public CompletableFuture<ListingCatalog> asyncReload(UUID tenantId, ListingCatalog old, Executor executor) {
            return lead.catalog(tenantId)
                    .onErrorResume(e -> {
                        log.warn("Listings of tenant {} could not be refreshed: {}", tenantId, e.toString());
                        return Mono.just(old);
                    })
                    .toFuture();
        }
    }
}
