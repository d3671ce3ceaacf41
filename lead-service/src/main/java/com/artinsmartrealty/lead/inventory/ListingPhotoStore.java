package com.artinsmartrealty.lead.inventory;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The photos stored with the tenant's listings. Every method runs in the caller's tenant transaction. */
@Component
public class ListingPhotoStore {

    private static final String META = "id, listing_id, content_type, byte_size, sha256, created_at";

    private final DatabaseClient database;
    private final Clock clock;

    ListingPhotoStore(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A stored photo without its bytes. */
    public record StoredPhoto(UUID id, UUID listingId, String contentType, int size, String sha256,
                              Instant createdAt) {
    }

    /** A stored photo's bytes with what to serve them with. */
    public record PhotoFile(UUID id, String contentType, byte[] bytes, String sha256) {
    }

    /**
     * Locks the listing's row until the transaction ends, so photo changes of one listing happen one at a
     * time (positions and the photo limit stay exact); false when there is no such listing.
     */
    public Mono<Boolean> lockListing(UUID listingId) {
        return database.sql("select id from listings where id = $1 for update").bind(0, listingId)
                .map(row -> true).one().defaultIfEmpty(false);
    }

    /** Records that the listing's photos changed now. */
    public Mono<Void> photosChanged(UUID listingId) {
        return database.sql("update listings set photos_changed_at = $2 where id = $1")
                .bind(0, listingId).bind(1, clock.instant().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    public Mono<Long> count(UUID listingId) {
        return database.sql("select count(*) as n from listing_photos where listing_id = $1").bind(0, listingId)
                .map(row -> row.get("n", Long.class)).one();
    }

    /** The listing's photo with these bytes, if it has one. */
    public Mono<StoredPhoto> findBySha256(UUID listingId, String sha256) {
        return database.sql("select " + META + " from listing_photos where listing_id = $1 and sha256 = $2")
                .bind(0, listingId).bind(1, sha256).map(ListingPhotoStore::photo).one();
    }

    /** Adds the photo after the listing's others. */
    public Mono<StoredPhoto> insert(UUID tenantId, UUID listingId, PhotoFormat format, byte[] bytes, String sha256) {
        return database.sql("""
                        insert into listing_photos (id, tenant_id, listing_id, position, content_type, bytes, byte_size,
                            sha256, created_at)
                        select $1, $2, $3, coalesce(max(position) + 1, 0), $4, $5, $6, $7, $8
                        from listing_photos where listing_id = $3
                        returning""" + " " + META)
                .bind(0, UUID.randomUUID()).bind(1, tenantId).bind(2, listingId).bind(3, format.mediaType())
                .bind(4, bytes).bind(5, bytes.length).bind(6, sha256)
                .bind(7, clock.instant().atOffset(ZoneOffset.UTC))
                .map(ListingPhotoStore::photo).one();
    }

    public Mono<Boolean> delete(UUID listingId, UUID photoId) {
        return database.sql("delete from listing_photos where listing_id = $1 and id = $2")
                .bind(0, listingId).bind(1, photoId).fetch().rowsUpdated().map(rows -> rows > 0);
    }

    /** The photo's bytes. */
    public Mono<PhotoFile> file(UUID listingId, UUID photoId) {
        return database.sql("select id, content_type, bytes, sha256 from listing_photos where listing_id = $1 and id = $2")
                .bind(0, listingId).bind(1, photoId).map(ListingPhotoStore::file).one();
    }

    /** The bytes of the listing's photo at {@code index} in display order (from 0). */
    public Mono<PhotoFile> fileAt(UUID listingId, int index) {
        return database.sql("""
                        select id, content_type, bytes, sha256 from listing_photos where listing_id = $1
                        order by position limit 1 offset $2""")
                .bind(0, listingId).bind(1, index).map(ListingPhotoStore::file).one();
    }

    /** The ids of the listings' photos in display order, by listing; listings without photos are left out. */
    public Mono<Map<UUID, List<UUID>>> ids(Collection<UUID> listingIds) {
        if (listingIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return database.sql("""
                        select listing_id, id from listing_photos where listing_id = any($1)
                        order by listing_id, position""")
                .bind(0, listingIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("listing_id", UUID.class), row.get("id", UUID.class)))
                .all()
                .collect(() -> new LinkedHashMap<UUID, List<UUID>>(), (byListing, entry) -> byListing
                        .computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue()))
                .map(byListing -> byListing);
    }

    private static StoredPhoto photo(io.r2dbc.spi.Readable row) {
        return new StoredPhoto(row.get("id", UUID.class), row.get("listing_id", UUID.class),
                row.get("content_type", String.class), row.get("byte_size", Integer.class),
                row.get("sha256", String.class), row.get("created_at", OffsetDateTime.class).toInstant());
    }

    private static PhotoFile file(io.r2dbc.spi.Readable row) {
        return new PhotoFile(row.get("id", UUID.class), row.get("content_type", String.class),
                row.get("bytes", byte[].class), row.get("sha256", String.class));
    }
}
