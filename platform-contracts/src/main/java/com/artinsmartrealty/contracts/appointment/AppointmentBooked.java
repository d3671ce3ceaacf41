package com.artinsmartrealty.contracts.appointment;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A viewing was booked with an agent.
 *
 * @param timeZone the tenant's IANA time zone the slot was offered in
 * @param channel  the lead's channel, for reminders; null when booked from the dashboard
 */
public record AppointmentBooked(UUID appointmentId, UUID leadId, UUID agentId, Instant start, Instant end,
                                String timeZone, Channel channel, String chatId, String language)
        implements EventPayload {

    public AppointmentBooked {
        Objects.requireNonNull(appointmentId, "appointmentId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(timeZone, "timeZone");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("end must be after start");
        }
    }
}
