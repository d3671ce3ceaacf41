package com.artinsmartrealty.contracts.appointment;

import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/** A booked viewing was confirmed, held, missed or cancelled. */
public record AppointmentStatusChanged(UUID appointmentId, UUID leadId, UUID agentId, Status status,
                                       String reason) implements EventPayload {

    public AppointmentStatusChanged {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(status, "status");
    }

    /** Where a booked appointment can go. */
    public enum Status {
        @JsonProperty("CONFIRMED") CONFIRMED,
        @JsonProperty("COMPLETED") COMPLETED,
        @JsonProperty("NO_SHOW") NO_SHOW,
        @JsonProperty("CANCELLED") CANCELLED
    }
}
