package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.contracts.api.scheduling.Appointment.Status;
import com.artinsmartrealty.contracts.api.scheduling.BookingConflict;
import com.artinsmartrealty.scheduling.i18n.DateLabels;
import com.artinsmartrealty.scheduling.slots.OpenSlots;
import com.artinsmartrealty.scheduling.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Appointments and booking outcomes as the HTTP records of {@code platform-contracts}. */
@Component
class AppointmentViews {

    static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String CONFLICT_TYPE = "https://artinsmartrealty.com/problems/slot-unavailable";

    private final DateLabels labels;
    private final OpenSlots openSlots;

    AppointmentViews(DateLabels labels, OpenSlots openSlots) {
        this.labels = labels;
        this.openSlots = openSlots;
    }

    com.artinsmartrealty.contracts.api.scheduling.Appointment of(AppointmentService.Named named, String language) {
        Appointment appointment = named.appointment();
        return new com.artinsmartrealty.contracts.api.scheduling.Appointment(appointment.id(), appointment.agentId(),
                named.agentName(), appointment.leadId(), appointment.time().start(), appointment.time().end(),
                appointment.zone().getId(), status(appointment.status()),
                labels.dayAndTime(appointment.time().start(), appointment.zone(), language));
    }

    /**
     * {@code success} with the appointment (the same answer again for a repeated request, marked with
     * {@code Idempotent-Replayed: true}), 409 with alternatives, or a 422 problem.
     */
    ResponseEntity<Object> response(BookingOutcome outcome, String language, HttpStatus success) {
        return switch (outcome) {
            case BookingOutcome.Booked booked -> ResponseEntity.status(success)
                    .header(REPLAYED_HEADER, String.valueOf(booked.replayed()))
                    .body(of(new AppointmentService.Named(booked.appointment(), booked.agentName()), language));
            case BookingOutcome.Taken taken -> ResponseEntity.status(HttpStatus.CONFLICT)
                    .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(new BookingConflict(CONFLICT_TYPE, "Slot unavailable", HttpStatus.CONFLICT.value(),
                            taken.detail(), openSlots.of(taken.alternatives(), taken.zone(), language)));
            case BookingOutcome.Rejected rejected -> throw Problems.unprocessable(
                    rejected.rejection().reason().code(), rejected.rejection().detail());
        };
    }

    private static Status status(AppointmentStatus status) {
        return switch (status) {
            case BOOKED -> Status.BOOKED;
            case CONFIRMED -> Status.CONFIRMED;
            case RESCHEDULED -> Status.RESCHEDULED;
            case COMPLETED -> Status.COMPLETED;
            case NO_SHOW -> Status.NO_SHOW;
            case CANCELLED -> Status.CANCELLED;
        };
    }
}
