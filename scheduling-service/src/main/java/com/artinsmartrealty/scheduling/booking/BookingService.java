package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.availability.AvailabilityStore;
import com.artinsmartrealty.scheduling.outbox.OutboxRelay;
import com.artinsmartrealty.scheduling.roster.Agent;
import com.artinsmartrealty.scheduling.roster.RosterStore;
import com.artinsmartrealty.scheduling.roster.TenantZones;
import com.artinsmartrealty.scheduling.slots.HoldStore;
import com.artinsmartrealty.scheduling.slots.SlotOffers;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import com.artinsmartrealty.scheduling.slots.SlotQuery;
import com.artinsmartrealty.scheduling.slots.SlotSearch;
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

    private final TenantTransactions tenants;
    private final AppointmentStore store;
    private final RosterStore roster;
    private final TenantZones zones;
    private final AvailabilityStore availability;
    private final HoldStore holds;
    private final SlotSearch search;
    private final SlotOffers offers;
    private final ChangeRecorder changes;
    private final OutboxRelay relay;
    private final SlotPolicy policy;
    private final BookingRules rules;
    private final Clock clock;
    private final Counter lostAtCheck;
    private final Counter lostAtConstraint;

    BookingService(TenantTransactions tenants, AppointmentStore store, RosterStore roster, TenantZones zones,
                   AvailabilityStore availability, HoldStore holds, SlotSearch search, SlotOffers offers,
                   ChangeRecorder changes, OutboxRelay relay, SlotPolicy policy, Clock clock,
                   MeterRegistry meters) {
        this.tenants = tenants;
        this.store = store;
        this.roster = roster;
        this.zones = zones;
        this.availability = availability;
        this.holds = holds;
        this.search = search;
        this.offers = offers;
        this.changes = changes;
        this.relay = relay;
        this.policy = policy;
        this.rules = new BookingRules(policy);
        this.clock = clock;
        this.lostAtCheck = Counter.builder("scheduling.booking.conflicts").tag("detected_by", "check")
                .description("Bookings refused because the time was taken, found by the service's checks")
                .register(meters);
        this.lostAtConstraint = Counter.builder("scheduling.booking.conflicts").tag("detected_by", "constraint")
                .description("Bookings refused by the database's exclusion constraint after passing the checks")
                .register(meters);
    }

    public Mono<BookingOutcome> book(BookingCommand command) {
        Optional<Rejection> badLength = rules.checkDuration(command.length());
        if (badLength.isPresent()) {
            return Mono.<BookingOutcome>just(new BookingOutcome.Rejected(badLength.get()));
        }
        Instant now = clock.instant();
        UUID tenantId = command.tenantId();
        return tenants.inTenant(tenantId, store.byIdempotencyKey(tenantId, command.idempotencyKey())
                        .flatMap(existing -> replay(existing, command))
                        .switchIfEmpty(Mono.defer(() -> fresh(command, now))))
                // A lost race may have been lost to the same request sent twice: then it is a repeat.
                .onErrorResume(error -> error instanceof SlotTakenException
                                || SqlStates.is(error, SqlStates.UNIQUE_VIOLATION),
                        error -> tenants.inTenant(tenantId, store.byIdempotencyKey(tenantId, command.idempotencyKey())
                                        .flatMap(existing -> replay(existing, command)))
                                .switchIfEmpty(Mono.defer(() -> error instanceof SlotTakenException taken
                                        ? alternatives(tenantId, command.agentId(), command.holder(), taken.getMessage())
                                        : Mono.error(error))))
                .doOnNext(this::nudgeOnChange);
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
            return Mono.<BookingOutcome>just(new BookingOutcome.Rejected(badLength.get()));
        }
        Instant now = clock.instant();
        return tenants.inTenant(tenantId, store.lock(tenantId, appointmentId)
                        .filter(appointment -> ownAgent == null || ownAgent.equals(appointment.agentId()))
                        .switchIfEmpty(Mono.error(new AppointmentNotFoundException()))
                        .flatMap(current -> move(current, start, length != null ? length : current.time().length(),
                                now)))
                .onErrorResume(SlotTakenException.class, taken -> tenants.inTenant(tenantId,
                                store.byId(tenantId, appointmentId))
                        .flatMap(current -> alternatives(tenantId, current.agentId(), null, taken.getMessage())))
                .doOnNext(this::nudgeOnChange);
    }

    private Mono<BookingOutcome> replay(Appointment existing, BookingCommand command) {
        boolean same = existing.agentId().equals(command.agentId()) && existing.leadId().equals(command.leadId())
                && existing.bookedStart().equals(command.start());
        if (!same) {
            return Mono.<BookingOutcome>just(new BookingOutcome.Rejected(new Rejection(Rejection.Reason.IDEMPOTENCY_KEY_REUSED,
                    "This idempotency key was already used for another booking.")));
        }
        return roster.agent(existing.tenantId(), existing.agentId())
                .map(Agent::displayName)
                .defaultIfEmpty("")
                .map(name -> (BookingOutcome) new BookingOutcome.Booked(existing, name, true));
    }

    private Mono<BookingOutcome> fresh(BookingCommand command, Instant now) {
        UUID tenantId = command.tenantId();
        Duration length = command.length() != null ? command.length() : policy.length();
        return roster.agent(tenantId, command.agentId())
                .filter(Agent::bookable)
                .flatMap(agent -> zones.zoneOf(tenantId).flatMap(zone -> availability.load(tenantId, agent.id())
                        .flatMap(hours -> {
                            Interval time = Interval.of(command.start(), length);
                            Optional<Rejection> rejected = rules.check(time, hours, zone, now);
                            if (rejected.isPresent()) {
                                return Mono.<BookingOutcome>just(new BookingOutcome.Rejected(rejected.get()));
                            }
                            Change change = Appointment.book(UUID.randomUUID(), tenantId, agent.id(),
                                    command.leadId(), time, policy.busyUntil(time.end()), zone,
                                    command.idempotencyKey(), command.chat(), command.language(), now);
                            return ensureFree(change.next(), command.holder(), now)
                                    .then(store.insert(change.next()).onErrorMap(this::overlapToTaken))
                                    .then(withinDailyLimit(change.next(), agent))
                                    .then(changes.record(change, now))
                                    .then(command.holder() == null ? Mono.empty()
                                            : holds.release(tenantId, command.holder()))
                                    .thenReturn((BookingOutcome) new BookingOutcome.Booked(change.next(), agent.displayName(), false));
                        })))
                .switchIfEmpty(Mono.fromSupplier(() -> (BookingOutcome) new BookingOutcome.Rejected(new Rejection(
                        Rejection.Reason.UNKNOWN_AGENT, "No agent of this agency takes viewings under that id."))));
    }

    private Mono<BookingOutcome> move(Appointment current, Instant start, Duration length, Instant now) {
        UUID tenantId = current.tenantId();
        Interval time = Interval.of(start, length);
        return roster.agent(tenantId, current.agentId())
                .switchIfEmpty(Mono.error(new IllegalStateException("appointment without an agent")))
                .flatMap(agent -> zones.zoneOf(tenantId).flatMap(zone -> availability.load(tenantId, agent.id())
                        .flatMap(hours -> {
                            Change change = current.reschedule(time, policy.busyUntil(time.end()), now);
                            if (!change.changed()) {
                                return Mono.<BookingOutcome>just(new BookingOutcome.Booked(current, agent.displayName(), true));
                            }
                            Optional<Rejection> rejected = rules.check(time, hours, zone, now);
                            if (rejected.isPresent()) {
                                return Mono.<BookingOutcome>just(new BookingOutcome.Rejected(rejected.get()));
                            }
                            return ensureFree(change.next(), null, now)
                                    .then(store.update(change.next()).onErrorMap(this::overlapToTaken))
                                    .then(withinDailyLimit(change.next(), agent))
                                    .then(changes.record(change, now))
                                    .thenReturn((BookingOutcome) new BookingOutcome.Booked(change.next(), agent.displayName(), false));
                        })));
    }

    /** Fails with {@link SlotTakenException} when booked time or another chat's hold is in the way. */
    private Mono<Void> ensureFree(Appointment candidate, String holder, Instant now) {
        Interval blocked = new Interval(candidate.time().start(), candidate.busyUntil());
        Interval holdReach = new Interval(blocked.start().minus(policy.buffer()), blocked.end());
        return store.clashes(candidate.tenantId(), candidate.agentId(), blocked, candidate.id())
                .flatMap(clash -> clash ? Mono.error(lostAtCheck("That time has just been booked."))
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
        Interval wholeDay = new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
        int limit = agent.dailyLimit() != null ? agent.dailyLimit() : policy.defaultDailyLimit();
        return store.lockAgentDay(booked.tenantId(), booked.agentId(), day)
                .then(store.liveCount(booked.tenantId(), booked.agentId(), wholeDay))
                .flatMap(count -> count > limit
                        ? Mono.error(lostAtCheck("The agent is fully booked that day."))
                        : Mono.empty());
    }

    /** Fresh slots after a lost race: held for the chat when there is one, else the agent's, else anyone's. */
    private Mono<BookingOutcome> alternatives(UUID tenantId, UUID agentId, String holder, String detail) {
        if (holder != null) {
            return offers.offer(tenantId, agentId, holder, ALTERNATIVES)
                    .map(offer -> (BookingOutcome) new BookingOutcome.Taken(detail, offer.slots(), offer.zone()));
        }
        Instant now = clock.instant();
        return tenants.inTenant(tenantId, zones.zoneOf(tenantId).flatMap(zone -> {
            SlotQuery query = new SlotQuery(now, now, zone, ALTERNATIVES, true, 0);
            return search.agents(tenantId, agentId)
                    .flatMap(agents -> search.find(tenantId, agents, query, null))
                    .flatMap(slots -> slots.isEmpty() && agentId != null
                            ? search.agents(tenantId, null).flatMap(all -> search.find(tenantId, all, query, null))
                            : Mono.just(slots))
                    .map(slots -> (BookingOutcome) new BookingOutcome.Taken(detail, slots, zone));
        }));
    }

    private void nudgeOnChange(BookingOutcome outcome) {
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
        return new SlotTakenException("That time has just been booked.");
    }
}
