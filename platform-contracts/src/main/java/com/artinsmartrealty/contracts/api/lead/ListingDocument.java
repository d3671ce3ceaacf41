package com.artinsmartrealty.contracts.api.lead;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * One of a tenant's listings as other services read it: every language it is written in and where its
 * photos are. The AI service grounds replies on it and recognises forwarded photos of it.
 *
 * @param titles       the title by language ({@code fa}, {@code ar}, {@code en}, {@code ru}); at least one
 * @param descriptions the description by language; may be empty
 * @param photoUrls    the listing's photos in display order, each served by lead-service
 *                     ({@code /internal/listings/<id>/photos/<index>}); relative URLs resolve against
 *                     lead-service's base URL
 * @param updatedAt    when the listing (text or photos) last changed
 */
public record ListingDocument(UUID id, PropertyType type, Transaction transaction, long price, String currency,
                              String community, Integer bedrooms, Integer sizeSqft, Map<String, String> titles,
                              Map<String, String> descriptions, List<String> photoUrls, Instant updatedAt) {

    public ListingDocument {
        Objects.requireNonNull(id, "id");
        titles = titles == null ? Map.of() : Map.copyOf(titles);
        descriptions = descriptions == null ? Map.of() : Map.copyOf(descriptions);
        photoUrls = photoUrls == null ? List.of() : List.copyOf(photoUrls);
    }

    /** The path lead-service serves a listing's photo at. */
    public static String photoPath(UUID listingId, int index) {
        return "/internal/listings/" + listingId + "/photos/" + index;
    }
}
