package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead moved in the sales lifecycle. Published by lead-service.
 *
 * @param changedBy the user who changed it, or null when the platform did
 */
public record LeadStatusChanged(UUID leadId, Status from, Status to, UUID changedBy) implements EventPayload {

    public LeadStatusChanged {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(to, "to");
    }

    /** The sales lifecycle of a lead. */
    public enum Status {
        @JsonProperty("NEW") NEW,
        @JsonProperty("QUALIFIED") QUALIFIED,
        @JsonProperty("CONTACTED") CONTACTED,
        @JsonProperty("VIEWING_SCHEDULED") VIEWING_SCHEDULED,
        @JsonProperty("NEGOTIATING") NEGOTIATING,
        @JsonProperty("CLOSED_WON") CLOSED_WON,
        @JsonProperty("CLOSED_LOST") CLOSED_LOST
    }
}
