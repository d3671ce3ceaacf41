package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** The conversation reached COMPLETED: a viewing is booked and confirmed to the lead. */
public record LeadConversationCompleted(UUID leadId, long revision) implements EventPayload {

    public LeadConversationCompleted {
        Objects.requireNonNull(leadId, "leadId");
    }
}
