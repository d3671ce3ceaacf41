package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/** Appointments in every state, for the tests. */
final class AppointmentMother {

    static final UUID TENANT = UUID.fromString("00000000-0000-4000-8000-0000000000aa");
    static final UUID AGENT = UUID.fromString("00000000-0000-4000-8000-0000000000b1");
    static final UUID LEAD = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final Instant START = Instant.parse("2030-01-08T06:00:00Z");
    static final Instant BOOKED_AT = Instant.parse("2030-01-07T05:00:00Z");

    private AppointmentMother() {
    }

    static Appointment booked() {
        return Appointment.book(UUID.fromString("00000000-0000-4000-8000-0000000000d1"), TENANT, AGENT, LEAD,
                Interval.of(START, Duration.ofHours(1)), START.plus(Duration.ofMinutes(75)), ZoneId.of("Asia/Dubai"),
                "key-1", new LeadChat("telegram", "42"), "fa", BOOKED_AT).next();
    }

    static Appointment in(AppointmentStatus status) {
        Appointment booked = booked();
        Instant after = START.plus(Duration.ofHours(2));
        return switch (status) {
            case BOOKED -> booked;
            case CONFIRMED -> booked.confirm(BOOKED_AT).next();
            case RESCHEDULED -> booked.reschedule(Interval.of(START.plus(Duration.ofDays(1)), Duration.ofHours(1)),
                    START.plus(Duration.ofDays(1)).plus(Duration.ofMinutes(75)), BOOKED_AT).next();
            case COMPLETED -> booked.complete(after).next();
            case NO_SHOW -> booked.markNoShow(after).next();
            case CANCELLED -> booked.cancel("lead asked", BOOKED_AT).next();
        };
    }
}
