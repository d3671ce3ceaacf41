package com.artinsmartrealty.ai.vision;

import com.artinsmartrealty.ai.listings.LeadListings;
import com.artinsmartrealty.ai.listings.ListingCatalogs;
import com.artinsmartrealty.ai.listings.ListingsProperties;
import com.artinsmartrealty.ai.media.MediaProperties;
import com.artinsmartrealty.contracts.api.lead.ListingCatalog;
import com.artinsmartrealty.contracts.api.lead.ListingDocument;
import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The perceptual hashes of each tenant's listing photos. Photos are fetched from lead-service and
 * hashed the first time a tenant's photo index is needed; a hash is kept per listing photo and listing
 * change time, so a new catalog version re-hashes only the listings that changed. A photo that cannot
 * be fetched or decoded is left out (and tried again with the next catalog version).
 */
@Component
public class PhotoFingerprints {

    private static final Logger log = LoggerFactory.getLogger(PhotoFingerprints.class);

    private final ListingCatalogs catalogs;
    private final LeadListings lead;
    private final ListingsProperties properties;
    private final int maxPhotoBytes;
    private final Cache<PhotoKey, Long> hashes = Caffeine.newBuilder().maximumSize(200_000).build();
    private final AsyncCache<TenantVersion, ListingPhotoIndex> indexes = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterAccess(Duration.ofHours(1))
            .buildAsync();

    PhotoFingerprints(ListingCatalogs catalogs, LeadListings lead, ListingsProperties properties,
                      MediaProperties media) {
        this.catalogs = catalogs;
        this.lead = lead;
        this.properties = properties;
        this.maxPhotoBytes = (int) media.maxPhotoSize().toBytes();
    }

    /** The photo index of the tenant's current catalog. */
    public Mono<ListingPhotoIndex> index(UUID tenantId) {
        return catalogs.catalog(tenantId).flatMap(catalog -> Mono.fromFuture(() -> indexes.get(
                new TenantVersion(tenantId, catalog.version() + "/" + catalog.items().hashCode()),
                (key, executor) -> build(tenantId, catalog).toFuture()), true));
    }

    private Mono<ListingPhotoIndex> build(UUID tenantId, ListingCatalog catalog) {
        List<Photo> photos = new ArrayList<>();
        for (ListingDocument listing : catalog.items()) {
            List<String> urls = listing.photoUrls();
            for (int i = 0; i < Math.min(urls.size(), properties.maxPhotosPerListing()); i++) {
                photos.add(new Photo(new PhotoKey(listing.id(), i, listing.updatedAt()), urls.get(i)));
            }
        }
        return Flux.fromIterable(photos)
                .flatMap(photo -> fingerprint(tenantId, photo), properties.photoConcurrency())
                .collectList()
                .map(ListingPhotoIndex::new)
                .doOnNext(index -> log.info("Photo index of tenant {} built: {} of {} photos", tenantId,
                        index.size(), photos.size()));
    }

    private Mono<ListingPhotoIndex.Fingerprint> fingerprint(UUID tenantId, Photo photo) {
        Long known = hashes.getIfPresent(photo.key());
        if (known != null) {
            return Mono.just(new ListingPhotoIndex.Fingerprint(photo.key().listingId(), photo.key().index(), known));
        }
        return lead.photo(tenantId, photo.url(), maxPhotoBytes)
                .publishOn(Schedulers.boundedElastic())
                .map(PerceptualHash::decode)
                .flatMap(Mono::justOrEmpty)
                .map(PerceptualHash::of)
                .doOnNext(hash -> hashes.put(photo.key(), hash))
                .map(hash -> new ListingPhotoIndex.Fingerprint(photo.key().listingId(), photo.key().index(), hash))
                .onErrorResume(e -> {
                    log.warn("Listing photo {}/{} could not be fingerprinted: {}", photo.key().listingId(),
                            photo.key().index(), e.toString());
                    return Mono.empty();
                });
    }

    private record Photo(PhotoKey key, String url) {
    }

    private record PhotoKey(UUID listingId, int index, Instant updatedAt) {
    }

    private record TenantVersion(UUID tenantId, String version) {
    }
}
