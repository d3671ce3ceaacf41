package com.artinsmartrealty.lead.leads;

import java.util.List;

/** A lead's score, 0–100, with the factors that add up to it. */
public record LeadScore(int total, List<ScoreFactor> factors) {

    public LeadScore {
        factors = List.copyOf(factors);
    }
}
