package com.artinsmartrealty.contracts.api.lead;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The matches, and how they relate to what the lead asked for. */
public record MatchResponse(List<ListingMatch> items, Fit fit) {

    public MatchResponse {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the matches are what the lead asked for or the nearest alternatives. */
    public enum Fit {
        /** Within budget (and its tolerance). */
        @JsonProperty("withinBudget") WITHIN_BUDGET,
        /** Nothing within budget: the nearest listings above it. */
        @JsonProperty("aboveBudget") ABOVE_BUDGET,
        /** Nothing to buy within budget: rentals instead. */
        @JsonProperty("rentInstead") RENT_INSTEAD,
        /** The tenant has nothing like it. */
        @JsonProperty("noInventory") NO_INVENTORY
    }
}
