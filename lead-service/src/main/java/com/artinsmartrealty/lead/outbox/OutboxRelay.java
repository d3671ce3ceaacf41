package com.artinsmartrealty.lead.outbox;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.lead.LeadProperties;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes the outbox: right after each change for its tenant ({@link #flush}), and on a timer for
 * whatever could not be published then (broker down, crash between commit and publish). A record may
 * be published twice when two flushes meet; consumers apply each event id once.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final int BATCH = 200;

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final LeadProperties properties;
    private final Clock clock;
    private volatile Disposable sweeper;

    OutboxRelay(DatabaseClient database, TenantTransactions tenants, EventPublisher publisher,
                EventCodec codec, LeadProperties properties, Clock clock) {
        this.codec = codec;
        this.database = database;
        this.tenants = tenants;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** Publishes the tenant's unpublished events in the order they were written. */
    public Mono<Void> flush(UUID tenantId) {
        return tenants.inTenant(tenantId, database.sql("""
                                select event_id, topic, record_key, envelope from outbox
                                order by created_at, event_id limit $1""")
                        .bind(0, BATCH)
                        .map(row -> new Pending(row.get("event_id", UUID.class), row.get("topic", String.class),
                                row.get("record_key", String.class), row.get("envelope", ByteBuffer.class)))
                        .all()
                        .collectList())
                .flatMapMany(Flux::fromIterable)
                .concatMap(pending -> publisher.publish(pending.topic(), pending.key(), codec.decode(pending.topic(), bytes(pending.envelope())))
                        .then(tenants.inTenant(tenantId, delete(pending.eventId()))))
                .then();
    }

    /** Publishes what earlier flushes left behind, tenant by tenant. */
    public Mono<Void> sweep() {
        return database.sql("""
                        select distinct tenant_id from outbox_pending where created_at < $1""")
                .bind(0, clock.instant().minusSeconds(2).atOffset(ZoneOffset.UTC))
                .map(row -> row.get("tenant_id", UUID.class))
                .all()
                .concatMap(tenant -> flush(tenant).onErrorResume(error -> {
                    log.warn("Outbox of tenant {} not published yet: {}", tenant, error.toString());
                    return Mono.empty();
                }))
                .then();
    }

    private Mono<Void> delete(UUID eventId) {
        return database.sql("delete from outbox where event_id = $1").bind(0, eventId).fetch().rowsUpdated()
                .then(database.sql("delete from outbox_pending where event_id = $1").bind(0, eventId)
                        .fetch().rowsUpdated())
                .then();
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Override
    public void start() {
        sweeper = Flux.interval(properties.outboxSweepInterval(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> sweep().onErrorResume(error -> {
                    log.warn("Outbox sweep failed: {}", error.toString());
                    return Mono.empty();
                }))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = sweeper;
        if (running != null) {
            running.dispose();
        }
        sweeper = null;
    }

    @Override
    public boolean isRunning() {
        return sweeper != null;
    }

    private record Pending(UUID eventId, String topic, String key, ByteBuffer envelope) {
    }
}
