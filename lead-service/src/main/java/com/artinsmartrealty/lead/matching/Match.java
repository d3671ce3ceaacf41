package com.artinsmartrealty.lead.matching;

import com.artinsmartrealty.lead.inventory.Listing;

/**
 * A listing offered to a lead, why, and its projection when it has one.
 *
 * @param projection null for rentals and listings without an expected rent
 */
public record Match(Listing listing, Reason reason, Projection projection) {
}
