package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.lead.LeadAssigned;
import com.artinsmartrealty.contracts.lead.LeadErased;
import com.artinsmartrealty.contracts.lead.LeadStatusChanged;
import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.lead.agents.Agent;
import com.artinsmartrealty.lead.agents.AgentRoster;
import com.artinsmartrealty.lead.agents.AssignmentPolicy;
import com.artinsmartrealty.lead.inventory.ListingStore;
import com.artinsmartrealty.lead.outbox.Outbox;
import com.artinsmartrealty.lead.outbox.OutboxRelay;
import com.artinsmartrealty.lead.settings.SettingsStore;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Every change to a lead goes through here: facts from other services and users' actions. Each runs
 * in one tenant transaction that locks the lead, applies the pure change, re-scores the lead, records
 * status history, assigns an agent when the lead qualifies, and writes the events it causes to the
 * outbox; the outbox is published after the commit.
 */
@Component
public class LeadUpdates {

    private static final Logger log = LoggerFactory.getLogger(LeadUpdates.class);

    private final TenantTransactions tenants;
    private final DatabaseClient database;
    private final LeadStore leads;
    private final ListingStore listings;
    private final AgentRoster roster;
    private final SettingsStore settings;
    private final Outbox outbox;
    private final OutboxRelay relay;
    private final LeadProperties properties;
    private final Clock clock;

    LeadUpdates(TenantTransactions tenants, DatabaseClient database, LeadStore leads, ListingStore listings,
                AgentRoster roster, SettingsStore settings, Outbox outbox, OutboxRelay relay,
                LeadProperties properties, Clock clock) {
        this.tenants = tenants;
        this.database = database;
        this.leads = leads;
        this.listings = listings;
        this.roster = roster;
        this.settings = settings;
        this.outbox = outbox;
        this.relay = relay;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Applies a fact from event {@code eventId} once: a repeated event id changes nothing.
     *
     * @param at when the fact happened
     */
    public Mono<Void> ingest(UUID tenantId, UUID eventId, UUID leadId, LeadFact fact, Instant at,
                             String correlationId) {
        Mono<Void> work = firstTime(tenantId, eventId).flatMap(first -> {
            if (!first) {
                log.debug("Event {} was applied before", eventId);
                return Mono.<Void>empty();
            }
            return leads.ensure(tenantId, leadId, at)
                    .then(leads.findForUpdate(leadId))
                    .flatMap(before -> {
                        Lead.Applied applied = before.apply(fact, at);
                        Mono<Lead> assigned = needsAssignment(before, applied)
                                ? autoAssign(applied.lead(), at) : Mono.just(applied.lead());
                        return assigned.flatMap(after -> save(before, after, applied.statusChange(), correlationId,
                                eventId));
                    })
                    .then();
        });
        return tenants.inTenant(tenantId, work).then(relay.flush(tenantId));
    }

    /**
     * A user's edit of a lead, all or nothing: corrected contact details, a new agent, a new status.
     * Empty when the lead is not visible to the caller.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow the status
     * @throws UnknownAgentException      when the agent is not an active member of the roster
     */
    public Mono<StoredLead> edit(Access access, UUID leadId, LeadEdit edit) {
        Instant now = clock.instant();
        return change(access, leadId, before -> {
            Lead corrected = edit.displayName() != null || edit.phone() != null
                    ? before.withContactDetails(edit.displayName(), edit.phone(), now) : before;
            Mono<Lead> assigned = edit.agentId() == null || edit.agentId().equals(before.assignedAgentId())
                    ? Mono.just(corrected)
                    : roster.find(edit.agentId())
                            .filter(Agent::active)
                            .switchIfEmpty(Mono.error(new UnknownAgentException(edit.agentId())))
                            .map(agent -> corrected.assignedTo(agent.userId(), now));
            return assigned.map(lead -> edit.status() == null || edit.status() == lead.status()
                    ? new Lead.Applied(lead, Optional.empty())
                    : lead.changeStatus(edit.status(), access.userId(), edit.reason(), now));
        });
    }

    /**
     * Removes the lead's personal data, keeps what anonymous statistics need, and tells every service
     * to purge its copies; empty when the lead is not visible.
     */
    public Mono<Lead> erase(Access access, UUID leadId) {
        Instant now = clock.instant();
        Mono<Lead> work = leads.findForUpdate(leadId)
                .filter(access::sees)
                .flatMap(before -> {
                    if (before.isErased()) {
                        return Mono.just(before);
                    }
                    Lead after = before.erased(now);
                    LeadErased erased = new LeadErased(leadId, before.contact().channel(), before.contact().chatId());
                    return leads.erasePersonalText(leadId)
                            .then(leads.update(after, new LeadScore(0, java.util.List.of())))
                            .flatMap(saved -> outbox.add(new AggregateKey(access.tenantId(), leadId),
                                    envelope(access.tenantId(), erased, now, "erasure-" + leadId, null))
                                    .thenReturn(saved));
                });
        return tenants.inTenant(access.tenantId(), work)
                .flatMap(lead -> relay.flush(access.tenantId()).onErrorResume(this::publishLater).thenReturn(lead));
    }

    private Mono<StoredLead> change(Access access, UUID leadId,
                                    java.util.function.Function<Lead, Mono<Lead.Applied>> change) {
        String correlationId = "user-" + UUID.randomUUID();
        Mono<StoredLead> work = leads.findForUpdate(leadId)
                .filter(access::sees)
                .filter(lead -> !lead.isErased())
                .flatMap(before -> change.apply(before)
                        .flatMap(applied -> save(before, applied.lead(), applied.statusChange(), correlationId, null)))
                .flatMap(saved -> leads.find(saved.id()));
        return tenants.inTenant(access.tenantId(), work)
                .flatMap(lead -> relay.flush(access.tenantId()).onErrorResume(this::publishLater).thenReturn(lead));
    }

    private Mono<Void> publishLater(Throwable error) {
        log.warn("Events stay in the outbox until the next sweep: {}", error.toString());
        return Mono.empty();
    }

    private Mono<Boolean> firstTime(UUID tenantId, UUID eventId) {
        return forgetOldEvents(eventId).then(database.sql("""
                        insert into processed_events (tenant_id, event_id, processed_at) values ($1, $2, $3)
                        on conflict do nothing""")
                .bind(0, tenantId).bind(1, eventId).bind(2, clock.instant().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated()
                .map(rows -> rows == 1));
    }

    /**
     * About once in a thousand events, the tenant's event ids older than the retention are dropped:
     * redelivery happens within minutes, replays within the topic's retention.
     */
    private Mono<Void> forgetOldEvents(UUID eventId) {
        if (Math.floorMod(eventId.getLeastSignificantBits(), 1_000) != 0) {
            return Mono.empty();
        }
        return database.sql("delete from processed_events where processed_at < $1")
                .bind(0, clock.instant().minus(properties.processedEventRetention()).atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    private static boolean needsAssignment(Lead before, Lead.Applied applied) {
        return applied.lead().assignedAgentId() == null
                && applied.statusChange().map(change -> change.to() == LeadStatus.QUALIFIED).orElse(false)
                && !before.isErased();
    }

    private Mono<Lead> autoAssign(Lead lead, Instant at) {
        // The settings row is locked first: assignments of one tenant happen one at a time.
        return settings.lastAssignedForUpdate().map(Optional::of).defaultIfEmpty(Optional.empty())
                .flatMap(last -> settings.get()
                        .flatMap(tenantSettings -> roster.all()
                                .flatMap(agents -> roster.openLeads()
                                        .flatMap(load -> Mono.justOrEmpty(AssignmentPolicy.choose(
                                                tenantSettings.assignmentStrategy(), agents, load,
                                                last.orElse(null)))))))
                .flatMap(agent -> settings.rememberAssignment(lead.tenantId(), agent)
                        .thenReturn(lead.assignedTo(agent, at)))
                .defaultIfEmpty(lead);
    }

    private Mono<Lead> save(Lead before, Lead after, Optional<StatusChange> statusChange, String correlationId,
                            UUID causationId) {
        Instant now = clock.instant();
        UUID tenantId = after.tenantId();
        AggregateKey key = new AggregateKey(tenantId, after.id());
        return fittingListings(after.profile())
                .map(fitting -> LeadScorer.score(after, fitting, now))
                .flatMap(score -> leads.update(after, score))
                .flatMap(saved -> statusChange
                        .map(change -> leads.recordStatus(tenantId, change)
                                .then(outbox.add(key, envelope(tenantId, new LeadStatusChanged(change.leadId(),
                                        contract(change.from()), contract(change.to()), change.changedBy()),
                                        change.at(), correlationId, causationId))))
                        .orElse(Mono.empty())
                        .then(Objects.equals(before.assignedAgentId(), after.assignedAgentId())
                                ? Mono.<Void>empty()
                                : outbox.add(key, envelope(tenantId, new LeadAssigned(after.id(),
                                        after.assignedAgentId(), before.assignedAgentId()), now, correlationId,
                                        causationId)))
                        .thenReturn(saved));
    }

    /** Active listings that fit the profile's budget and wishes, or -1 without a budget. */
    Mono<Integer> fittingListings(Profile profile) {
        if (profile.budgetMin() == null && profile.budgetMax() == null) {
            return Mono.just(-1);
        }
        BigDecimal tolerance = properties.budgetTolerancePct().movePointLeft(2);
        long low = profile.budgetMin() == null ? 0 : BigDecimal.valueOf(profile.budgetMin())
                .multiply(BigDecimal.ONE.subtract(tolerance)).setScale(0, RoundingMode.UP).longValue();
        long high = profile.budgetMax() == null ? Long.MAX_VALUE : BigDecimal.valueOf(profile.budgetMax())
                .multiply(BigDecimal.ONE.add(tolerance)).setScale(0, RoundingMode.DOWN).longValue();
        return listings.countFitting(profile.transaction(), profile.propertyType(), profile.currency(), low, high)
                .map(Long::intValue);
    }

    private static LeadStatusChanged.Status contract(LeadStatus status) {
        return status == null ? null : LeadStatusChanged.Status.valueOf(status.name());
    }

    private static EventEnvelope envelope(UUID tenantId, EventPayload payload, Instant at, String correlationId,
                                          UUID causationId) {
        return EventEnvelope.of(UUID.randomUUID(), tenantId, at, correlationId, causationId, payload);
    }

    /** The agent is not an active member of the tenant's roster. */
    public static final class UnknownAgentException extends RuntimeException {
        public UnknownAgentException(UUID agentId) {
            super("no active agent " + agentId);
        }
    }
}
