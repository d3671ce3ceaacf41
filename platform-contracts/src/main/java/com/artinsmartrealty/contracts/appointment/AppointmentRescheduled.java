package com.artinsmartrealty.contracts.appointment;

import com.artinsmartrealty.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** A booked viewing moved to another time. */
public record AppointmentRescheduled(UUID appointmentId, UUID leadId, UUID agentId, Instant previousStart,
                                     Instant start, Instant end) implements EventPayload {

    public AppointmentRescheduled {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }
}
