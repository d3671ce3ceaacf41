package com.artinsmartrealty.ai.gemini;

import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.List;

/**
 * The data a grounded reply may rest on, all of the caller's tenant: the knowledge-base entries and
 * listings retrieved for the question, and the lead's profile. Sent to the model as one JSON part.
 */
public record ReplyContext(String language, ReplyRequest.Purpose purpose, List<Entry> knowledgeBase,
                           List<Listing> listings, LeadProfile lead) {

    public ReplyContext {
        knowledgeBase = List.copyOf(knowledgeBase);
        listings = List.copyOf(listings);
    }

    /** A knowledge-base entry in the conversation's language (or the nearest one the tenant wrote). */
    public record Entry(String id, String question, String answer) {
    }

    /** A listing in the conversation's language where it has it. */
    public record Listing(String id, String title, String community, PropertyType type, Transaction transaction,
                          long price, String currency, Integer bedrooms, String description, boolean seenByLead) {
    }

    /** Every id the reply may cite. */
    public java.util.Set<String> ids() {
        java.util.Set<String> ids = new java.util.HashSet<>();
        knowledgeBase.forEach(entry -> ids.add(entry.id()));
        listings.forEach(listing -> ids.add(listing.id()));
        return ids;
    }
}
