package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A viewing with an agent. Commands return the appointment after them with the events they caused; a
 * command that changes nothing (confirming a confirmed viewing) causes none, and one the status does
 * not allow throws {@link IllegalTransitionException}.
 *
 * @param busyUntil   the end plus the agent's buffer: no other viewing of the agent starts before it
 * @param zone        the tenant's zone the viewing was booked in
 * @param chat        where the lead booked from, or null when booked from the dashboard
 * @param bookedStart the start first asked for, to recognise a repeated booking request
 * @param sequence    the calendar revision: grows when the time changes or the viewing is cancelled
 */
public record Appointment(UUID id, UUID tenantId, UUID agentId, UUID leadId, Interval time, Instant busyUntil,
                          ZoneId zone, AppointmentStatus status, String statusReason, String idempotencyKey,
                          Instant bookedStart, LeadChat chat, String language, int sequence, Instant createdAt,
                          Instant updatedAt) {

    public Appointment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(busyUntil, "busyUntil");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(idempotencyKey, "idempotencyKey");
        Objects.requireNonNull(language, "language");
        if (busyUntil.isBefore(time.end())) {
            throw new IllegalArgumentException("busyUntil before the end");
        }
    }

    /** A new booking. */
    public static Change book(UUID id, UUID tenantId, UUID agentId, UUID leadId, Interval time, Instant busyUntil,
                              ZoneId zone, String idempotencyKey, LeadChat chat, String language, Instant now) {
        Appointment booked = new Appointment(id, tenantId, agentId, leadId, time, busyUntil, zone,
                AppointmentStatus.BOOKED, null, idempotencyKey, time.start(), chat, language, 0, now, now);
        return new Change(booked, List.of(new AppointmentEvent.Booked()));
    }

    /** The lead or agent confirmed the viewing will happen. */
    public Change confirm(Instant now) {
        if (status == AppointmentStatus.CONFIRMED) {
            return unchanged();
        }
        requireOpen("confirm");
        if (!now.isBefore(time.start())) {
            throw new IllegalTransitionException("The viewing has started; mark it completed or no-show instead.");
        }
        return statusChange(AppointmentStatus.CONFIRMED, null, sequence, now);
    }

    public Change cancel(String reason, Instant now) {
        if (status == AppointmentStatus.CANCELLED) {
            return unchanged();
        }
        requireOpen("cancel");
        return statusChange(AppointmentStatus.CANCELLED, reason, sequence + 1, now);
    }

    public Change complete(Instant now) {
        return afterStart(AppointmentStatus.COMPLETED, "complete", now);
    }

    public Change markNoShow(Instant now) {
        return afterStart(AppointmentStatus.NO_SHOW, "mark as no-show", now);
    }

    /** Moves the viewing to {@code newTime}; the caller has checked the new time is free and available. */
    public Change reschedule(Interval newTime, Instant newBusyUntil, Instant now) {
        requireOpen("reschedule");
        if (newTime.equals(time)) {
            return unchanged();
        }
        Appointment moved = new Appointment(id, tenantId, agentId, leadId, newTime, newBusyUntil, zone,
                AppointmentStatus.RESCHEDULED, null, idempotencyKey, bookedStart, chat, language, sequence + 1,
                createdAt, now);
        return new Change(moved, List.of(new AppointmentEvent.Rescheduled(time.start())));
    }

    private Change afterStart(AppointmentStatus target, String verb, Instant now) {
        if (status == target) {
            return unchanged();
        }
        requireOpen(verb);
        if (now.isBefore(time.start())) {
            throw new IllegalTransitionException("Cannot " + verb + " a viewing before it starts.");
        }
        return statusChange(target, null, sequence, now);
    }

    private void requireOpen(String verb) {
        if (!status.isOpen()) {
            throw new IllegalTransitionException("Cannot " + verb + " a viewing that is " + status + ".");
        }
    }

    private Change statusChange(AppointmentStatus target, String reason, int nextSequence, Instant now) {
        Appointment next = new Appointment(id, tenantId, agentId, leadId, time, busyUntil, zone, target, reason,
                idempotencyKey, bookedStart, chat, language, nextSequence, createdAt, now);
        return new Change(next, List.of(new AppointmentEvent.StatusChanged(target, reason)));
    }

    private Change unchanged() {
        return new Change(this, List.of());
    }
}
