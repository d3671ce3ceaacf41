package com.artinsmartrealty.gateway.outbox;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/**
 * Publishes outbox events in id order, at least once: a batch is marked published only after the
 * broker acknowledged every record of it, so a crash in between publishes them again (consumers
 * dedupe by event id). One relay works at a time across instances (a transaction-scoped advisory
 * lock), which keeps the order.
 */
@Component
class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long LOCK_ID = 0x6761_7465_6f75_7462L;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final OutboxProperties properties;
    private final Clock clock;
    private final Sinks.Many<Boolean> wakeUps = Sinks.many().multicast().directBestEffort();
    private volatile Disposable running;

    OutboxRelay(DatabaseClient database, TransactionalOperator transactions, EventPublisher publisher,
                EventCodec codec, OutboxProperties properties, Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.publisher = publisher;
        this.codec = codec;
        this.properties = properties;
        this.clock = clock;
    }

    void wakeUp() {
        wakeUps.tryEmitNext(Boolean.TRUE);
    }

    /** Publishes pending events until none is left; emits how many were published. */
    Mono<Integer> drain() {
        return publishBatch()
                .expand(published -> published >= properties.batchSize() ? publishBatch() : Mono.empty())
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> publishBatch() {
        Mono<Integer> batch = database.sql("select pg_try_advisory_xact_lock($1) as locked")
                .bind(0, LOCK_ID)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one()
                .flatMap(locked -> !locked ? Mono.just(0) : pending().concatMap(event -> publisher
                                .publish(event.topic(), event.key(), codec.decode(event.topic(), event.envelope()))
                                .thenReturn(event.id()))
                        .collectList()
                        .flatMap(this::markPublished));
        return transactions.transactional(batch);
    }

    private Flux<PendingEvent> pending() {
        return database.sql("select id, topic, record_key, envelope from outbox where published_at is null "
                        + "order by id limit $1")
                .bind(0, properties.batchSize())
                .map(row -> new PendingEvent(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("record_key", String.class), toBytes(row.get("envelope"))))
                .all();
    }

    private Mono<Integer> markPublished(List<Long> ids) {
        if (ids.isEmpty()) {
            return Mono.just(0);
        }
        return database.sql("update outbox set published_at = $1 where id = any($2)")
                .bind(0, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .bind(1, ids.toArray(Long[]::new))
                .fetch().rowsUpdated()
                .thenReturn(ids.size());
    }

    private Mono<Long> forgetOld() {
        return database.sql("delete from outbox where published_at < $1")
                .bind(0, OffsetDateTime.now(clock).minus(properties.keep()).withOffsetSameInstant(ZoneOffset.UTC))
                .fetch().rowsUpdated();
    }

    @Override
    public void start() {
        running = Flux.merge(Flux.interval(properties.pollInterval()).map(tick -> Boolean.TRUE), wakeUps.asFlux())
                .onBackpressureLatest()
                .concatMap(tick -> drain()
                        .onErrorResume(error -> {
                            log.warn("Outbox relay will try again: {}", error.toString());
                            return Mono.just(0);
                        }), 1)
                .sample(properties.keep().dividedBy(100).plusSeconds(1))
                .concatMap(tick -> forgetOld().onErrorResume(error -> Mono.just(0L)))
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null && !running.isDisposed();
    }

    private static byte[] toBytes(Object value) {
        if (value instanceof byte[] bytes) {
            return bytes;
        }
        if (value instanceof java.nio.ByteBuffer buffer) {
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        throw new IllegalStateException("unexpected envelope column type " + value.getClass());
    }

    private record PendingEvent(long id, String topic, String key, byte[] envelope) {
    }
}
