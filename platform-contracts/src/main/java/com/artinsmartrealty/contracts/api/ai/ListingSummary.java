package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.UUID;

/** A listing the conversation has shown, as context for a grounded reply. */
public record ListingSummary(UUID listingId, String title, String description, PropertyType type,
                             Transaction transaction, long price, String currency, String community,
                             Integer bedrooms) {
}
