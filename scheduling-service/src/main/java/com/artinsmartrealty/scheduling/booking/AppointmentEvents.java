package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import java.time.Instant;
import java.util.UUID;

/** Appointment events as the records of {@code appointment.events.v1}, keyed by tenant and appointment. */
final class AppointmentEvents {

    private AppointmentEvents() {
    }

    static String key(Appointment appointment) {
        return new AggregateKey(appointment.tenantId(), appointment.id()).value();
    }

    static EventEnvelope envelope(Appointment after, AppointmentEvent event, Instant now) {
        return EventEnvelope.of(UUID.randomUUID(), after.tenantId(), now, "appointment:" + after.id(), null,
                payload(after, event));
    }

    static EventPayload payload(Appointment after, AppointmentEvent event) {
        return switch (event) {
            case AppointmentEvent.Booked booked -> new AppointmentBooked(after.id(), after.leadId(), after.agentId(),
                    after.time().start(), after.time().end(), after.zone().getId(),
                    after.chat() == null ? null : Channel.fromWireName(after.chat().channel()),
                    after.chat() == null ? null : after.chat().chatId(), after.language());
            case AppointmentEvent.Rescheduled moved -> new AppointmentRescheduled(after.id(), after.leadId(),
                    after.agentId(), moved.previousStart(), after.time().start(), after.time().end());
            case AppointmentEvent.StatusChanged changed -> new AppointmentStatusChanged(after.id(), after.leadId(),
                    after.agentId(), status(changed.status()), changed.reason());
        };
    }

    private static AppointmentStatusChanged.Status status(AppointmentStatus status) {
        return switch (status) {
            case CONFIRMED -> AppointmentStatusChanged.Status.CONFIRMED;
            case COMPLETED -> AppointmentStatusChanged.Status.COMPLETED;
            case NO_SHOW -> AppointmentStatusChanged.Status.NO_SHOW;
            case CANCELLED -> AppointmentStatusChanged.Status.CANCELLED;
            case BOOKED, RESCHEDULED -> throw new IllegalArgumentException(status + " is announced by its own event");
        };
    }
}
