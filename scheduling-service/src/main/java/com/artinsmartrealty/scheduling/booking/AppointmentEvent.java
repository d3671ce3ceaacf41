package com.artinsmartrealty.scheduling.booking;

import java.time.Instant;

/** What happened to an appointment; each is published on {@code appointment.events.v1}. */
public sealed interface AppointmentEvent {

    /** The viewing was booked. */
    record Booked() implements AppointmentEvent {
    }

    /** The viewing moved; the appointment now holds the new time. */
    record Rescheduled(Instant previousStart) implements AppointmentEvent {
    }

    /** The viewing was confirmed, held, missed or cancelled. */
    record StatusChanged(AppointmentStatus status, String reason) implements AppointmentEvent {
    }
}
