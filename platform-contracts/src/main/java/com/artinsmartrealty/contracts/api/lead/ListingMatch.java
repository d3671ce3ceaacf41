package com.artinsmartrealty.contracts.api.lead;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.UUID;

/**
 * A listing offered to a lead.
 *
 * @param title  in the lead's language when the listing has it
 * @param reason why it matches, in the lead's language
 * @param roi    null for rentals and listings without an expected rent
 */
public record ListingMatch(UUID listingId, String title, PropertyType type, Transaction transaction, long price,
                           String currency, Integer bedrooms, Integer sizeSqft, String community, String photoUrl,
                           String reason, Roi roi) {
}
