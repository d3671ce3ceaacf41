package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** The lead asked to meet or view; the conversation moved to scheduling. */
public record LeadAppointmentRequested(UUID leadId, long revision) implements EventPayload {

    public LeadAppointmentRequested {
        Objects.requireNonNull(leadId, "leadId");
    }
}
