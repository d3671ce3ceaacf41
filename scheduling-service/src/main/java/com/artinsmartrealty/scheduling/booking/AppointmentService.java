package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.calendar.CalendarEntry;
import com.artinsmartrealty.scheduling.calendar.CalendarFile;
import com.artinsmartrealty.scheduling.i18n.Texts;
import com.artinsmartrealty.scheduling.outbox.OutboxRelay;
import com.artinsmartrealty.scheduling.roster.Agent;
import com.artinsmartrealty.scheduling.roster.RosterStore;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Reading appointments, their calendar files, and the commands that change their status. Every method
 * takes the caller's scope: {@code ownAgent} is the only agent whose viewings the caller may see, or
 * null for all of the tenant's; anything outside it is "not found".
 */
@Component
public class AppointmentService {

    private final TenantTransactions tenants;
    private final AppointmentStore store;
    private final RosterStore roster;
    private final ChangeRecorder changes;
    private final OutboxRelay relay;
    private final CalendarFile calendar;
    private final Texts texts;
    private final Clock clock;

    AppointmentService(TenantTransactions tenants, AppointmentStore store, RosterStore roster, ChangeRecorder changes,
                       OutboxRelay relay, CalendarFile calendar, Texts texts, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.roster = roster;
        this.changes = changes;
        this.relay = relay;
        this.calendar = calendar;
        this.texts = texts;
        this.clock = clock;
    }

    public Mono<Named> get(UUID tenantId, UUID ownAgent, UUID id) {
        return tenants.inTenant(tenantId, visible(ownAgent, store.byId(tenantId, id)).flatMap(this::named));
    }

    /** One page of appointments starting within {@code range}, with the agents' names. */
    public Mono<List<Named>> list(UUID tenantId, Interval range, UUID agentId, AppointmentStatus status,
                                  ListCursor after, int limit) {
        return tenants.inTenant(tenantId, roster.all(tenantId)
                .collectMap(Agent::id, Agent::displayName)
                .flatMap(names -> store.list(tenantId, range, agentId, status, after, limit)
                        .map(appointment -> new Named(appointment, names.getOrDefault(appointment.agentId(), "")))
                        .collectList()));
    }

    /** The appointment's calendar file, with texts in {@code language} (the lead's when null). */
    public Mono<String> calendarFile(UUID tenantId, UUID ownAgent, UUID id, String language) {
        Instant now = clock.instant();
        return get(tenantId, ownAgent, id).publishOn(Schedulers.boundedElastic()).map(named -> {
            Appointment appointment = named.appointment();
            String summary = texts.text(language != null ? language : appointment.language(), "calendar.summary",
                    named.agentName());
            return calendar.render(new CalendarEntry(appointment.id(), appointment.time().start(),
                    appointment.time().end(), appointment.zone(), appointment.status() == AppointmentStatus.CANCELLED,
                    appointment.sequence(), appointment.createdAt(), appointment.updatedAt(), summary), now);
        });
    }

    public Mono<Named> confirm(UUID tenantId, UUID ownAgent, UUID id) {
        return command(tenantId, ownAgent, id, (appointment, now) -> appointment.confirm(now));
    }

    public Mono<Named> cancel(UUID tenantId, UUID ownAgent, UUID id, String reason) {
        return command(tenantId, ownAgent, id, (appointment, now) -> appointment.cancel(reason, now));
    }

    public Mono<Named> complete(UUID tenantId, UUID ownAgent, UUID id) {
        return command(tenantId, ownAgent, id, (appointment, now) -> appointment.complete(now));
    }

    public Mono<Named> markNoShow(UUID tenantId, UUID ownAgent, UUID id) {
        return command(tenantId, ownAgent, id, (appointment, now) -> appointment.markNoShow(now));
    }

    private Mono<Named> command(UUID tenantId, UUID ownAgent, UUID id,
                                BiFunction<Appointment, Instant, Change> command) {
        Instant now = clock.instant();
        return tenants.inTenant(tenantId, visible(ownAgent, store.lock(tenantId, id))
                        .flatMap(appointment -> {
                            Change change = command.apply(appointment, now);
                            return change.changed()
                                    ? store.update(change.next()).then(changes.record(change, now)).thenReturn(change)
                                    : Mono.just(change);
                        }))
                .doOnNext(change -> {
                    if (change.changed()) {
                        relay.nudge();
                    }
                })
                .flatMap(change -> tenants.inTenant(tenantId, named(change.next())));
    }

    private static Mono<Appointment> visible(UUID ownAgent, Mono<Appointment> found) {
        return found.filter(appointment -> ownAgent == null || ownAgent.equals(appointment.agentId()))
                .switchIfEmpty(Mono.error(new AppointmentNotFoundException()));
    }

    private Mono<Named> named(Appointment appointment) {
        return roster.agent(appointment.tenantId(), appointment.agentId())
                .map(Agent::displayName)
                .defaultIfEmpty("")
                .map(name -> new Named(appointment, name));
    }

    /** An appointment with its agent's name. */
    public record Named(Appointment appointment, String agentName) {
    }
}
