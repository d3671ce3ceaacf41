package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.UUID;

/**
 * {@code POST /internal/ai/reply}: a grounded answer in the conversation's language.
 *
 * @param purpose  {@code faq} mid-qualification (short, then the bot repeats its question), or
 *                 {@code engagement} in free conversation
 * @param listings listings the lead has seen, or empty
 */
public record ReplyRequest(String question, String language, Purpose purpose, UUID leadId, LeadProfile profile,
                           List<ListingSummary> listings) {

    public ReplyRequest {
        listings = listings == null ? List.of() : List.copyOf(listings);
    }

    /** Why the bot answers. */
    public enum Purpose {
        @JsonProperty("faq") FAQ,
        @JsonProperty("engagement") ENGAGEMENT
    }
}
