package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.availability.AvailabilityStore;
import com.artinsmartrealty.scheduling.outbox.OutboxRelay;
import com.artinsmartrealty.scheduling.roster.Agent;
import com.artinsmartrealty.scheduling.roster.RosterStore;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import com.artinsmartrealty.scheduling.slots.HoldStore;
import com.artinsmartrealty.scheduling.slots.SlotOffers;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import com.artinsmartrealty.scheduling.time.Interval;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;
import reactor.util.retry.RetryBackoffSpec;

/**
 * Books and moves viewings. The checks here (availability, booked and held time, the daily limit) give
 * clear answers; the database's exclusion constraint is what makes an overlap impossible, also between
 * requests that pass the checks at the same moment. A lost race rolls the transaction back and is
 * answered with fresh alternatives. Booking is idempotent by the client's key.
 */
@Component
public class BookingService {

    private static final Logger log = LoggerFactory.getLogger(BookingService.class);
    static final int ALTERNATIVES = 4;
    private static final String TAKEN = "That time has just been booked.";
    /** A transaction the database aborted (deadlock, serialization) is run again, a little later. */
    private static final RetryBackoffSpec RETRY_ABORTED = Retry.backoff(3, Duration.ofMillis(10)).jitter(0.5)
            .filter(SqlStates::retryable);

    private final TenantTransactions tenants;
    private final AppointmentStore store;
    private final RosterStore roster;
    private final TenantZones zones;
    private final AvailabilityStore availability;
    private final HoldStore holds;
    private final SlotOffers offers;
    private final ChangeRecorder changes;
    private final OutboxRelay relay;
    private final SlotPolicy policy;
    private final BookingRules rules;
    private final Clock clock;
    private final Counter lostAtCheck;
    private final Counter lostAtConstraint;

    BookingService(TenantTransactions tenants, AppointmentStore store, RosterStore roster, TenantZones zones,
                   AvailabilityStore availability, HoldStore holds, SlotOffers offers, ChangeRecorder changes,
                   OutboxRelay relay, SlotPolicy policy, Clock clock, MeterRegistry meters) {
        this.tenants = tenants;
        this.store = store;
        this.roster = roster;
        this.zones = zones;
        this.availability = availability;
        this.holds = holds;
        this.offers = offers;
        this.changes = changes;
        this.relay = relay;
        this.policy = policy;
        this.rules = new BookingRules(policy);
        this.clock = clock;
        this.lostAtCheck = conflicts(meters, "check", "found by the service's checks");
        this.lostAtConstraint = conflicts(meters, "constraint", "refused by the exclusion constraint past the checks");
    }

    public Mono<BookingOutcome> book(BookingCommand command) {
        Optional<Rejection> badLength = rules.checkDuration(command.length());
        if (badLength.isPresent()) {
            return rejected(badLength.get());
        }
        Instant now = clock.instant();
        UUID tenantId = command.tenantId();
        return tenants.inTenant(tenantId, replayOf(command).switchIfEmpty(Mono.defer(() -> fresh(command, now))))
                .retryWhen(RETRY_ABORTED)
                // A lost race may have been lost to a copy of the same request: then it is a repeat.
                .onErrorResume(error -> error instanceof SlotTakenException
                                || SqlStates.is(error, SqlStates.UNIQUE_VIOLATION),
                        error -> tenants.inTenant(tenantId, replayOf(command))
                                .switchIfEmpty(Mono.defer(() -> error instanceof SlotTakenException taken
                                        ? alternatives(tenantId, command.agentId(), command.holder(), taken)
                                        : Mono.error(error))))
                .doOnNext(this::announce);
    }

    /**
     * Moves a viewing to {@code start} (keeping its length unless {@code length} is given).
     *
     * @param ownAgent the only agent whose viewings the caller may move, or null for any
     */
    public Mono<BookingOutcome> reschedule(UUID tenantId, UUID ownAgent, UUID appointmentId, Instant start,
                                           Duration length) {
        Optional<Rejection> badLength = rules.checkDuration(length);
        if (badLength.isPresent()) {
            return rejected(badLength.get());
        }
        Instant now = clock.instant();
        return tenants.inTenant(tenantId, store.lock(tenantId, appointmentId)
                        .filter(appointment -> ownAgent == null || ownAgent.equals(appointment.agentId()))
                        .switchIfEmpty(Mono.error(new AppointmentNotFoundException()))
                        .flatMap(current -> move(current, Interval.of(start,
                                length != null ? length : current.time().length()), now)))
                .retryWhen(RETRY_ABORTED)
                .onErrorResume(SlotTakenException.class, taken -> tenants.inTenant(tenantId,
                                store.byId(tenantId, appointmentId))
                        .flatMap(current -> alternatives(tenantId, current.agentId(), null, taken)))
                .doOnNext(this::announce);
    }

    /** The appointment an earlier request with the same key booked; 422 if that request was another. */
    private Mono<BookingOutcome> replayOf(BookingCommand command) {
        return store.byIdempotencyKey(command.tenantId(), command.idempotencyKey()).flatMap(existing -> {
            boolean same = existing.agentId().equals(command.agentId())
                    && existing.leadId().equals(command.leadId()) && existing.bookedStart().equals(command.start());
            return same ? booked(existing, true) : rejected(new Rejection(Rejection.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was already used for another booking."));
        });
    }

    private Mono<BookingOutcome> fresh(BookingCommand command, Instant now) {
        Interval time = Interval.of(command.start(), command.length() != null ? command.length() : policy.length());
        return roster.agent(command.tenantId(), command.agentId())
                .filter(Agent::bookable)
                .flatMap(agent -> scheduleOf(agent, command.tenantId()))
                .flatMap(schedule -> {
                    Optional<Rejection> rejected = rules.check(time, schedule.hours(), schedule.zone(), now);
                    if (rejected.isPresent()) {
                        return rejected(rejected.get());
                    }
                    Change change = Appointment.book(UUID.randomUUID(), command.tenantId(), command.agentId(),
                            command.leadId(), time, policy.busyUntil(time.end()), schedule.zone(),
                            command.idempotencyKey(), command.chat(), command.language(), now);
                    return ensureFree(change.next(), command.holder(), now)
                            .then(store.insert(change.next()).onErrorMap(this::overlapToTaken))
                            .then(withinDailyLimit(change.next(), schedule.agent()))
                            .then(changes.record(change, now))
                            .then(command.holder() == null ? Mono.empty()
                                    : holds.release(command.tenantId(), command.holder()))
                            .then(booked(change.next(), false));
                })
                .switchIfEmpty(Mono.defer(() -> rejected(new Rejection(Rejection.Reason.UNKNOWN_AGENT,
                        "No agent of this agency takes viewings under that id."))));
    }

    private Mono<BookingOutcome> move(Appointment current, Interval time, Instant now) {
        Change change = current.reschedule(time, policy.busyUntil(time.end()), now);
        if (!change.changed()) {
            return booked(current, true);
        }
        return roster.agent(current.tenantId(), current.agentId())
                .switchIfEmpty(Mono.error(new IllegalStateException("an appointment's agent left the roster")))
                .flatMap(agent -> scheduleOf(agent, current.tenantId()))
                .flatMap(schedule -> {
                    Optional<Rejection> rejected = rules.check(time, schedule.hours(), schedule.zone(), now);
                    if (rejected.isPresent()) {
                        return rejected(rejected.get());
                    }
                    return ensureFree(change.next(), null, now)
                            .then(store.update(change.next()).onErrorMap(this::overlapToTaken))
                            .then(withinDailyLimit(change.next(), schedule.agent()))
                            .then(changes.record(change, now))
                            .then(booked(change.next(), false));
                });
    }

    /** Fails with {@link SlotTakenException} when booked time or another chat's hold is in the way. */
    private Mono<Void> ensureFree(Appointment candidate, String holder, Instant now) {
        Interval blocked = new Interval(candidate.time().start(), candidate.busyUntil());
        Interval holdReach = new Interval(blocked.start().minus(policy.buffer()), blocked.end());
        return store.clashes(candidate.tenantId(), candidate.agentId(), blocked, candidate.id())
                .flatMap(clash -> clash ? Mono.error(lostAtCheck(TAKEN))
                        : holds.active(candidate.tenantId(), List.of(candidate.agentId()), holdReach, now, holder)
                        .hasElements()
                        .flatMap(held -> held
                                ? Mono.<Void>error(lostAtCheck("That time is being offered to someone else."))
                                : Mono.<Void>empty()));
    }

    /** After the row is in: the agent's viewings that day, this one included, within the limit. */
    private Mono<Void> withinDailyLimit(Appointment booked, Agent agent) {
        ZoneId zone = booked.zone();
        LocalDate day = booked.time().start().atZone(zone).toLocalDate();
        Interval wholeDay = new Interval(day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
        int limit = agent.dailyLimit() != null ? agent.dailyLimit() : policy.defaultDailyLimit();
        return store.lockAgentDay(booked.tenantId(), booked.agentId(), day)
                .then(store.liveCount(booked.tenantId(), booked.agentId(), wholeDay))
                .flatMap(count -> count > limit ? Mono.error(lostAtCheck("The agent is fully booked that day."))
                        : Mono.empty());
    }

    /** Fresh slots after a lost race: held for the chat when there is one. */
    private Mono<BookingOutcome> alternatives(UUID tenantId, UUID agentId, String holder, SlotTakenException taken) {
        Mono<SlotOffers.Offer> offer = holder != null ? offers.offer(tenantId, agentId, holder, ALTERNATIVES)
                : offers.suggest(tenantId, agentId, ALTERNATIVES);
        return offer.map(found -> new BookingOutcome.Taken(taken.getMessage(), found.slots(), found.zone()));
    }

    private Mono<AgentSchedule> scheduleOf(Agent agent, UUID tenantId) {
        return zones.zoneOf(tenantId).flatMap(zone -> availability.load(tenantId, agent.id())
                .map(hours -> new AgentSchedule(agent, zone, hours)));
    }

    private Mono<BookingOutcome> booked(Appointment appointment, boolean replayed) {
        return roster.agent(appointment.tenantId(), appointment.agentId())
                .map(Agent::displayName)
                .defaultIfEmpty("")
                .map(name -> new BookingOutcome.Booked(appointment, name, replayed));
    }

    private static Mono<BookingOutcome> rejected(Rejection rejection) {
        return Mono.just(new BookingOutcome.Rejected(rejection));
    }

    private void announce(BookingOutcome outcome) {
        if (outcome instanceof BookingOutcome.Booked booked && !booked.replayed()) {
            log.info("Appointment {} {}", booked.appointment().id(), booked.appointment().status());
            relay.nudge();
        }
    }

    private SlotTakenException lostAtCheck(String detail) {
        lostAtCheck.increment();
        return new SlotTakenException(detail);
    }

    private Throwable overlapToTaken(Throwable error) {
        if (!SqlStates.is(error, SqlStates.EXCLUSION_VIOLATION)) {
            return error;
        }
        lostAtConstraint.increment();
        return new SlotTakenException(TAKEN);
    }

    private static Counter conflicts(MeterRegistry meters, String detectedBy, String description) {
        return Counter.builder("scheduling.booking.conflicts").tag("detected_by", detectedBy)
                .description("Bookings refused because the time was taken, " + description)
                .register(meters);
    }

    /** An agent with the zone and hours a booking is checked against. */
    private record AgentSchedule(Agent agent, ZoneId zone, Availability hours) {
    }
}
