package com.artinsmartrealty.lead.matching;

import java.util.List;

/** The listings offered to a lead, best first, and how they fit the request. */
public record MatchResult(Fit fit, List<Match> matches) {

    public MatchResult {
        matches = List.copyOf(matches);
    }
}
