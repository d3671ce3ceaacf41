package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** Every required slot is filled: goal, budget, property type and transaction. */
public record LeadQualified(UUID leadId, long revision, LeadProfile profile) implements EventPayload {

    public LeadQualified {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(profile, "profile");
    }
}
