package com.artinsmartrealty.lead.inventory;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A listing as the API reads and writes it ({@code GET|POST /api/properties}, {@code PUT /api/properties/{id}}).
 * {@code id} is ignored on writes.
 */
public record ListingView(UUID id, String reference, PropertyType type, Transaction transaction, Long price,
                          String currency, Integer bedrooms, Integer sizeSqft, String community,
                          Map<String, String> titles, Map<String, String> descriptions, List<String> photos,
                          Long expectedAnnualRent, Long annualServiceCharges, LocalDate handoverDate,
                          Boolean residencyEligible, Boolean active) {

    static ListingView of(Listing listing) {
        return new ListingView(listing.id(), listing.reference(), listing.type(), listing.transaction(),
                listing.price(), listing.currency(), listing.bedrooms(), listing.sizeSqft(), listing.community(),
                listing.titles(), listing.descriptions(), listing.photos(), listing.expectedAnnualRent(),
                listing.annualServiceCharges(), listing.handoverDate(), listing.residencyEligible(), listing.active());
    }

    ListingDraft toDraft() {
        return new ListingDraft(reference, type, transaction, price, currency, bedrooms, sizeSqft, community, titles,
                descriptions, photos, expectedAnnualRent, annualServiceCharges, handoverDate, residencyEligible,
                active);
    }
}
