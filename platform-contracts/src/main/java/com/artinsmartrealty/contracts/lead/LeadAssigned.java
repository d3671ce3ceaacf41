package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** A lead was given to an agent. Published by lead-service. */
public record LeadAssigned(UUID leadId, UUID agentId, UUID previousAgentId) implements EventPayload {

    public LeadAssigned {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(agentId, "agentId");
    }
}
