package com.artinsmartrealty.scheduling.outbox;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.scheduling.SchedulingProperties;
import java.nio.ByteBuffer;
import java.time.Duration;
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
 * Publishes the outbox to Kafka in the order it was written, then deletes what the broker acknowledged,
 * in one transaction. One instance relays at a time (a transaction-scoped advisory lock; the others skip
 * their turn), so records of one appointment are never published out of order. A crash after the
 * broker's acknowledgement and before the commit publishes those records again: consumers drop them by
 * event id. Runs every {@code pollInterval}, and at once when {@link #nudge()} says a commit added records.
 */
@Component
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final String LOCK = "scheduling-outbox-relay";

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final EventPublisher publisher;
    private final EventCodec codec;
    private final Duration pollInterval;
    private final int batchSize;
    private final Sinks.Many<Boolean> nudges = Sinks.many().multicast().directBestEffort();
    private volatile Disposable running;

    OutboxRelay(DatabaseClient database, TransactionalOperator transactions, EventPublisher publisher,
                EventCodec codec, SchedulingProperties properties) {
        this.database = database;
        this.transactions = transactions;
        this.publisher = publisher;
        this.codec = codec;
        this.pollInterval = properties.outbox().pollInterval();
        this.batchSize = properties.outbox().batchSize();
    }

    /** Asks for a relay run soon: a transaction that wrote to the outbox has committed. */
    public void nudge() {
        nudges.tryEmitNext(Boolean.TRUE);
    }

    /** Publishes everything queued now; the number of records published (0 when another instance relays). */
    public Mono<Integer> relayAll() {
        return relayBatch()
                .expand(published -> published == batchSize ? relayBatch() : Mono.empty())
                .reduce(0, Integer::sum);
    }

    private Mono<Integer> relayBatch() {
        Mono<Integer> batch = database.sql("select pg_try_advisory_xact_lock(hashtextextended($1, 0)) as locked")
                .bind(0, LOCK)
                .map(row -> Boolean.TRUE.equals(row.get("locked", Boolean.class)))
                .one()
                .flatMap(locked -> locked ? publishBatch() : Mono.just(0));
        return transactions.transactional(batch);
    }

    private Mono<Integer> publishBatch() {
        return database.sql("select id, topic, record_key, envelope from outbox order by id limit $1")
                .bind(0, batchSize)
                .map(row -> new Queued(row.get("id", Long.class), row.get("topic", String.class),
                        row.get("record_key", String.class), bytes(row.get("envelope", ByteBuffer.class))))
                .all()
                .collectList()
                .flatMap(queued -> queued.isEmpty() ? Mono.just(0) : Flux.fromIterable(queued)
                        .concatMap(record -> publisher.publish(record.topic(), record.key(),
                                codec.decode(record.topic(), record.envelope())))
                        .then(database.sql("delete from outbox where id = any($1)")
                                .bind(0, queued.stream().map(Queued::id).toArray(Long[]::new))
                                .fetch().rowsUpdated())
                        .thenReturn(queued.size()));
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    @Override
    public void start() {
        running = Flux.merge(Flux.interval(pollInterval).map(tick -> Boolean.TRUE), nudges.asFlux())
                // One run at a time; a signal during a run asks for one more run after it.
                .onBackpressureLatest()
                .concatMap(signal -> relayAll()
                        .onErrorResume(error -> {
                            log.warn("Outbox relay failed; the records stay queued and are retried: {}",
                                    error.toString());
                            return Mono.just(0);
                        }), 1)
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
        return running != null;
    }

    private record Queued(long id, String topic, String key, byte[] envelope) {
    }
}
