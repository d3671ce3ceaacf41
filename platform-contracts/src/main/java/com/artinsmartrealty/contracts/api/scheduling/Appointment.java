package com.artinsmartrealty.contracts.api.scheduling;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.UUID;

/** A booked viewing. */
public record Appointment(UUID id, UUID agentId, String agentName, UUID leadId, Instant start, Instant end,
                          String timeZone, Status status, String label) {

    /** The appointment lifecycle. */
    public enum Status {
        @JsonProperty("BOOKED") BOOKED,
        @JsonProperty("CONFIRMED") CONFIRMED,
        @JsonProperty("COMPLETED") COMPLETED,
        @JsonProperty("NO_SHOW") NO_SHOW,
        @JsonProperty("CANCELLED") CANCELLED,
        @JsonProperty("RESCHEDULED") RESCHEDULED
    }
}
