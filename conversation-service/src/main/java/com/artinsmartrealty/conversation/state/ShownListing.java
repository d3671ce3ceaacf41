package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.math.BigDecimal;
import java.util.UUID;

/**
 * A listing the bot showed, with what it said about it; kept so that later answers can be grounded in
 * what the lead has seen.
 *
 * @param grossYieldPct        null for rentals and listings without a rent estimate
 * @param projectedReturnPct5y null likewise
 */
public record ShownListing(UUID id, String title, PropertyType type, Transaction transaction, long price,
                           String currency, Integer bedrooms, String community, String reason,
                           BigDecimal grossYieldPct, BigDecimal projectedReturnPct5y) {
}
