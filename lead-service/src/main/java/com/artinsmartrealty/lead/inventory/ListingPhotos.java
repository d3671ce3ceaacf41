package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The photos stored with a tenant's listings: at most {@value #MAX_PER_LISTING} per listing, each at most
 * {@value #MAX_BYTES} bytes, in the order they were added. A listing's photo changes happen one at a time
 * (its row is locked), and each one marks the listing as changed for readers of the catalog.
 */
@Component
public class ListingPhotos {

    /** The largest photo kept: 10 MB. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    /** The most photos one listing keeps. */
    public static final int MAX_PER_LISTING = 30;

    private final TenantTransactions tenants;
    private final ListingPhotoStore store;

    ListingPhotos(TenantTransactions tenants, ListingPhotoStore store) {
        this.tenants = tenants;
        this.store = store;
    }

    /** What adding a photo did: stored it, or found the same bytes already on the listing. */
    public record Added(ListingPhotoStore.StoredPhoto photo, boolean created) {
    }

    /** The listing already has {@value #MAX_PER_LISTING} photos. */
    public static final class TooManyPhotosException extends RuntimeException {
        TooManyPhotosException() {
            super("a listing keeps at most " + MAX_PER_LISTING + " photos; delete one first");
        }
    }

    /**
     * Adds a photo whose format was read from its bytes; empty when the tenant has no such listing. The
     * same bytes added twice are stored once.
     */
    public Mono<Added> add(UUID tenantId, UUID listingId, PhotoFormat format, byte[] bytes) {
        String sha256 = sha256(bytes);
        return tenants.inTenant(tenantId, store.lockListing(listingId)
                .filter(Boolean::booleanValue)
                .flatMap(locked -> store.findBySha256(listingId, sha256).map(existing -> new Added(existing, false))
                        .switchIfEmpty(Mono.defer(() -> store.count(listingId)
                                .flatMap(count -> count >= MAX_PER_LISTING
                                        ? Mono.<Added>error(new TooManyPhotosException())
                                        : store.insert(tenantId, listingId, format, bytes, sha256)
                                                .flatMap(photo -> store.photosChanged(listingId)
                                                        .thenReturn(new Added(photo, true))))))));
    }

    /** Removes the photo; false when the tenant's listing has no such photo. */
    public Mono<Boolean> delete(UUID tenantId, UUID listingId, UUID photoId) {
        return tenants.inTenant(tenantId, store.lockListing(listingId)
                .filter(Boolean::booleanValue)
                .flatMap(locked -> store.delete(listingId, photoId))
                .filter(Boolean::booleanValue)
                .flatMap(deleted -> store.photosChanged(listingId).thenReturn(true))
                .defaultIfEmpty(false));
    }

    public Mono<ListingPhotoStore.PhotoFile> file(UUID tenantId, UUID listingId, UUID photoId) {
        return tenants.inTenant(tenantId, store.file(listingId, photoId));
    }

    /** The photo at {@code index} (from 0) in the listing's display order; empty when there is none. */
    public Mono<ListingPhotoStore.PhotoFile> fileAt(UUID tenantId, UUID listingId, int index) {
        return index < 0 || index >= MAX_PER_LISTING ? Mono.empty()
                : tenants.inTenant(tenantId, store.fileAt(listingId, index));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
