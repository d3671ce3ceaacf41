package com.artinsmartrealty.analytics.projection;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Applies one event to the read models exactly once: the event id is claimed in
 * {@code applied_events} in the same tenant transaction as the changes, so a redelivered event (or
 * one whose first try failed half-way) changes nothing twice.
 */
@Component
public class EventApplier {

    private final TenantTransactions transactions;
    private final DatabaseClient db;
    private final ReadModelWriter writer;

    EventApplier(TenantTransactions transactions, DatabaseClient db, ReadModelWriter writer) {
        this.transactions = transactions;
        this.db = db;
        this.writer = writer;
    }

    /** True when the event was applied now, false when it had been applied before. */
    public Mono<Boolean> apply(EventEnvelope event) {
        var changes = Projection.changesOf(event);
        return transactions.inTenant(event.tenantId(), claim(event)
                .flatMap(claimed -> claimed
                        ? Flux.fromIterable(changes)
                                .concatMap(change -> writer.apply(event.tenantId(), change))
                                .then(Mono.just(true))
                        : Mono.just(false)));
    }

    private Mono<Boolean> claim(EventEnvelope event) {
        return db.sql("insert into applied_events (event_id, tenant_id) values ($1, $2) on conflict do nothing")
                .bind(0, event.eventId())
                .bind(1, event.tenantId())
                .fetch()
                .rowsUpdated()
                .map(inserted -> inserted > 0);
    }
}
