package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.contracts.api.scheduling.BookingRequest;
import com.artinsmartrealty.scheduling.i18n.Languages;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Problems;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * What the conversation service calls: {@code POST /internal/appointments} books the slot a chat picked
 * (201, 409 with alternatives held for the chat, or 422), and {@code GET /internal/appointments/{id}.ics}
 * serves the calendar file it attaches as {@code appointment-ics:<id>}, in the lead's language.
 */
@RestController
class InternalAppointmentController {

    static final int MAX_KEY_LENGTH = 200;

    private final BookingService bookings;
    private final AppointmentService appointments;
    private final AppointmentViews views;

    InternalAppointmentController(BookingService bookings, AppointmentService appointments, AppointmentViews views) {
        this.bookings = bookings;
        this.appointments = appointments;
        this.views = views;
    }

    @PostMapping("/internal/appointments")
    Mono<ResponseEntity<Object>> book(@RequestBody BookingRequest request) {
        if (request.agentId() == null || request.start() == null || request.leadId() == null) {
            return Mono.error(Problems.badRequest("agentId, start and leadId are required."));
        }
        if (request.idempotencyKey() == null || request.idempotencyKey().isBlank()
                || request.idempotencyKey().length() > MAX_KEY_LENGTH) {
            return Mono.error(Problems.badRequest("An idempotencyKey of at most " + MAX_KEY_LENGTH
                    + " characters is required."));
        }
        if ((request.channel() == null) != (request.chatId() == null || request.chatId().isBlank())) {
            return Mono.error(Problems.badRequest("channel and chatId go together."));
        }
        if ((request.chatId() != null && request.chatId().length() > MAX_KEY_LENGTH)
                || (request.holder() != null && request.holder().length() > MAX_KEY_LENGTH)) {
            return Mono.error(Problems.badRequest("chatId and holder have at most " + MAX_KEY_LENGTH + " characters."));
        }
        String language = Languages.of(request.language());
        LeadChat chat = request.channel() == null ? null
                : new LeadChat(request.channel().wireName(), request.chatId());
        return Caller.current()
                .flatMap(caller -> bookings.book(new BookingCommand(caller.tenantId(), request.agentId(),
                        request.start(), null, request.leadId(), request.idempotencyKey(),
                        blankToNull(request.holder()), chat, language)))
                .map(outcome -> views.response(outcome, language, HttpStatus.CREATED));
    }

    @GetMapping("/internal/appointments/{id}.ics")
    Mono<ResponseEntity<String>> calendarFile(@PathVariable UUID id) {
        return Caller.current().flatMap(caller -> appointments.calendarFile(caller.tenantId(), null, id, null))
                .map(CalendarResponses::of);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
