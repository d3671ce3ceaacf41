package com.artinsmartrealty.contracts.api.lead;

import com.artinsmartrealty.contracts.lead.LeadProfile;

/** {@code POST /internal/leads/{leadId}/matches}: the best 3–5 listings for a lead's slots. */
public record MatchRequest(LeadProfile profile, String language, int limit) {
}
