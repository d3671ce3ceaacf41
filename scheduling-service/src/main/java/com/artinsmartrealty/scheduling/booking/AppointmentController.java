package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.i18n.Languages;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import com.artinsmartrealty.scheduling.time.Interval;
import com.artinsmartrealty.scheduling.web.Caller;
import com.artinsmartrealty.scheduling.web.Page;
import com.artinsmartrealty.scheduling.web.Problems;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The dashboard's appointments: book, list by day, week or range (per agent, per status), read, download
 * as {@code .ics}, and move through the lifecycle. Agents work on their own viewings, tenant admins on
 * all of the tenant's; anything else is "not found". Labels follow {@code lang} or {@code Accept-Language}.
 */
@RestController
@RequestMapping("/api/appointments")
class AppointmentController {

    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 500;
    static final Duration LONGEST_RANGE = Duration.ofDays(93);
    static final int MAX_REASON_LENGTH = 500;

    private final BookingService bookings;
    private final AppointmentService appointments;
    private final AppointmentViews views;
    private final TenantTransactions tenants;
    private final TenantZones zones;
    private final Clock clock;

    AppointmentController(BookingService bookings, AppointmentService appointments, AppointmentViews views,
                          TenantTransactions tenants, TenantZones zones, Clock clock) {
        this.bookings = bookings;
        this.appointments = appointments;
        this.views = views;
        this.tenants = tenants;
        this.zones = zones;
        this.clock = clock;
    }

    /** A booking from the dashboard; an {@code Idempotency-Key} header may stand in for the field. */
    record Booking(UUID agentId, Instant start, UUID leadId, String idempotencyKey, Integer durationMinutes) {
    }

    record Move(Instant start, Integer durationMinutes) {
    }

    record Cancellation(String reason) {
    }

    @PostMapping
    Mono<ResponseEntity<Object>> book(@RequestBody Booking booking,
                                      @RequestHeader(name = "Idempotency-Key", required = false) String keyHeader,
                                      @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                      String accept) {
        String key = booking.idempotencyKey() != null ? booking.idempotencyKey() : keyHeader;
        if (booking.agentId() == null || booking.start() == null || booking.leadId() == null) {
            return Mono.error(Problems.badRequest("agentId, start and leadId are required."));
        }
        if (key == null || key.isBlank() || key.length() > InternalAppointmentController.MAX_KEY_LENGTH) {
            return Mono.error(Problems.badRequest("An idempotencyKey of at most "
                    + InternalAppointmentController.MAX_KEY_LENGTH + " characters is required."));
        }
        String language = Languages.fromAcceptLanguage(accept);
        return Caller.current().flatMap(caller -> {
            if (!caller.mayAccess(booking.agentId())) {
                return Mono.error(Problems.forbidden("Agents book viewings for themselves only."));
            }
            return bookings.book(new BookingCommand(caller.tenantId(), booking.agentId(), booking.start(),
                            minutes(booking.durationMinutes()), booking.leadId(), key, null, null, language))
                    .map(outcome -> views.response(outcome, language, HttpStatus.CREATED));
        });
    }

    @GetMapping
    Mono<Page<Appointment>> list(@RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate day,
                                 @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate week,
                                 @RequestParam(required = false) Instant from,
                                 @RequestParam(required = false) Instant to,
                                 @RequestParam(required = false) UUID agentId,
                                 @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String cursor,
                                 @RequestParam(required = false) Integer limit,
                                 @RequestParam(required = false) String lang,
                                 @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            return Mono.error(Problems.badRequest("limit must be between 1 and " + MAX_LIMIT + "."));
        }
        ListCursor after = null;
        if (cursor != null) {
            after = ListCursor.decode(cursor).orElse(null);
            if (after == null) {
                return Mono.error(Problems.badRequest("Not a cursor from this API."));
            }
        }
        AppointmentStatus wanted;
        try {
            wanted = status == null ? null
                    : AppointmentStatus.valueOf(status.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            return Mono.error(Problems.badRequest("Unknown status " + status + "."));
        }
        String language = lang != null ? Languages.of(lang) : Languages.fromAcceptLanguage(accept);
        ListCursor start = after;
        return Caller.current().flatMap(caller -> {
            if (agentId != null && !caller.mayAccess(agentId)) {
                return Mono.error(Problems.forbidden("Agents see their own appointments only."));
            }
            UUID agent = caller.ownAgent().orElse(agentId);
            return tenants.inTenant(caller.tenantId(), zones.zoneOf(caller.tenantId()))
                    .flatMap(zone -> range(day, week, from, to, zone))
                    .flatMap(range -> appointments.list(caller.tenantId(), range, agent, wanted, start, size))
                    .map(found -> new Page<>(found.stream().map(named -> views.of(named, language)).toList(),
                            found.size() == size ? cursorAfter(found) : null));
        });
    }

    @GetMapping("/{id}")
    Mono<Appointment> get(@PathVariable UUID id, @RequestParam(required = false) String lang,
                          @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        String language = lang != null ? Languages.of(lang) : Languages.fromAcceptLanguage(accept);
        return Caller.current().flatMap(caller -> appointments.get(caller.tenantId(), own(caller), id))
                .map(named -> views.of(named, language));
    }

    @GetMapping("/{id}.ics")
    Mono<ResponseEntity<String>> calendarFile(@PathVariable UUID id, @RequestParam(required = false) String lang,
                                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                              String accept) {
        String language = lang != null ? Languages.of(lang) : Languages.fromAcceptLanguage(accept);
        return Caller.current()
                .flatMap(caller -> appointments.calendarFile(caller.tenantId(), own(caller), id, language))
                .map(CalendarResponses::of);
    }

    @PostMapping("/{id}/confirm")
    Mono<Appointment> confirm(@PathVariable UUID id,
                              @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return Caller.current().flatMap(caller -> appointments.confirm(caller.tenantId(), own(caller), id))
                .map(named -> views.of(named, Languages.fromAcceptLanguage(accept)));
    }

    @PostMapping("/{id}/cancel")
    Mono<Appointment> cancel(@PathVariable UUID id, @RequestBody(required = false) Cancellation cancellation,
                             @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        String reason = cancellation == null || cancellation.reason() == null || cancellation.reason().isBlank()
                ? null : cancellation.reason().strip();
        if (reason != null && reason.length() > MAX_REASON_LENGTH) {
            return Mono.error(Problems.badRequest("A reason has at most " + MAX_REASON_LENGTH + " characters."));
        }
        return Caller.current().flatMap(caller -> appointments.cancel(caller.tenantId(), own(caller), id, reason))
                .map(named -> views.of(named, Languages.fromAcceptLanguage(accept)));
    }

    @PostMapping("/{id}/complete")
    Mono<Appointment> complete(@PathVariable UUID id,
                               @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return Caller.current().flatMap(caller -> appointments.complete(caller.tenantId(), own(caller), id))
                .map(named -> views.of(named, Languages.fromAcceptLanguage(accept)));
    }

    @PostMapping("/{id}/no-show")
    Mono<Appointment> noShow(@PathVariable UUID id,
                             @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String accept) {
        return Caller.current().flatMap(caller -> appointments.markNoShow(caller.tenantId(), own(caller), id))
                .map(named -> views.of(named, Languages.fromAcceptLanguage(accept)));
    }

    @PostMapping("/{id}/reschedule")
    Mono<ResponseEntity<Object>> reschedule(@PathVariable UUID id, @RequestBody Move move,
                                            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false)
                                            String accept) {
        if (move.start() == null) {
            return Mono.error(Problems.badRequest("start is required."));
        }
        String language = Languages.fromAcceptLanguage(accept);
        return Caller.current()
                .flatMap(caller -> bookings.reschedule(caller.tenantId(), own(caller), id, move.start(),
                        minutes(move.durationMinutes())))
                .map(outcome -> views.response(outcome, language, HttpStatus.OK));
    }

    private static UUID own(Caller caller) {
        return caller.ownAgent().orElse(null);
    }

    private static Duration minutes(Integer minutes) {
        return minutes == null ? null : Duration.ofMinutes(minutes);
    }

    private Mono<Interval> range(LocalDate day, LocalDate week, Instant from, Instant to, ZoneId zone) {
        int given = (day != null ? 1 : 0) + (week != null ? 1 : 0) + (from != null || to != null ? 1 : 0);
        if (given > 1) {
            return Mono.error(Problems.badRequest("Ask for a day, a week or a from/to range, not several."));
        }
        if (day != null) {
            return Mono.just(days(day, 1, zone));
        }
        if (week != null) {
            return Mono.just(days(week.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), 7, zone));
        }
        if (from != null && to != null) {
            if (!to.isAfter(from) || Duration.between(from, to).compareTo(LONGEST_RANGE) > 0) {
                return Mono.error(Problems.badRequest("to must be after from, at most "
                        + LONGEST_RANGE.toDays() + " days later."));
            }
            return Mono.just(new Interval(from, to));
        }
        if (from != null || to != null) {
            return Mono.error(Problems.badRequest("from and to go together."));
        }
        return Mono.just(days(clock.instant().atZone(zone).toLocalDate(), 7, zone));
    }

    private static Interval days(LocalDate first, int count, ZoneId zone) {
        return new Interval(first.atStartOfDay(zone).toInstant(), first.plusDays(count).atStartOfDay(zone).toInstant());
    }

    private static String cursorAfter(List<AppointmentService.Named> page) {
        var last = page.getLast().appointment();
        return new ListCursor(last.time().start(), last.id()).encode();
    }
}
