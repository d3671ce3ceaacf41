package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A listing as the API reads and writes it ({@code GET|POST /api/properties}, {@code PUT /api/properties/{id}}).
 * {@code id} is ignored on writes.
 *
 * <p>{@code photos} reads as the listing's external URLs followed by the path of each photo stored with
 * it ({@code /api/properties/<id>/photos/<photoId>}, in display order). On a replace, the paths of the
 * listing's own stored photos are left out of what is written: stored photos are added and removed only
 * through {@code /api/properties/{id}/photos}, so sending a read listing back unchanged keeps them as they
 * are, once, and leaving one out does not delete it. Every other entry must be an http(s) URL.
 */
public record ListingView(UUID id, String reference, PropertyType type, Transaction transaction, Long price,
                          String currency, Integer bedrooms, Integer sizeSqft, String community,
                          Map<String, String> titles, Map<String, String> descriptions, List<String> photos,
                          Long expectedAnnualRent, Long annualServiceCharges, LocalDate handoverDate,
                          Boolean residencyEligible, Boolean active) {

    private static final Pattern PHOTO_ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}");

    /** The listing with its stored photos' ids in display order. */
    static ListingView of(Listing listing, List<UUID> storedPhotos) {
        List<String> photos = new ArrayList<>(listing.photos());
        storedPhotos.forEach(photoId -> photos.add(photoPath(listing.id(), photoId)));
        return new ListingView(listing.id(), listing.reference(), listing.type(), listing.transaction(),
                listing.price(), listing.currency(), listing.bedrooms(), listing.sizeSqft(), listing.community(),
                listing.titles(), listing.descriptions(), photos, listing.expectedAnnualRent(),
                listing.annualServiceCharges(), listing.handoverDate(), listing.residencyEligible(), listing.active());
    }

    /** Where the dashboard reads a stored photo. */
    static String photoPath(UUID listingId, UUID photoId) {
        return photosPath(listingId) + "/" + photoId;
    }

    static String photosPath(UUID listingId) {
        return "/api/properties/" + listingId + "/photos";
    }

    /**
     * The draft to write as listing {@code listingId}: the paths of its own stored photos are left out. A
     * new listing ({@code listingId} null) has none, so every photo must be an external URL.
     */
    ListingDraft toDraft(UUID listingId) {
        return new ListingDraft(reference, type, transaction, price, currency, bedrooms, sizeSqft, community, titles,
                descriptions, externalPhotos(listingId), expectedAnnualRent, annualServiceCharges, handoverDate,
                residencyEligible, active);
    }

    private List<String> externalPhotos(UUID listingId) {
        if (photos == null || listingId == null) {
            return photos;
        }
        String prefix = photosPath(listingId) + "/";
        return photos.stream()
                .filter(url -> url == null || !(url.startsWith(prefix)
                        && PHOTO_ID.matcher(url.substring(prefix.length())).matches()))
                .toList();
    }
}
