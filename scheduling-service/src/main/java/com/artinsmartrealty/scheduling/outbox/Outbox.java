package com.artinsmartrealty.scheduling.outbox;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventTypes;
import java.nio.ByteBuffer;
import java.time.Instant;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records to publish, stored in the same transaction as the change that caused them: if the change
 * commits, the record will reach Kafka (through {@link OutboxRelay}) even if the process dies right
 * after the commit; if it rolls back, nothing is published. Runs inside the caller's tenant transaction.
 */
@Component
public class Outbox {

    private final DatabaseClient database;
    private final EventCodec codec;

    Outbox(DatabaseClient database, EventCodec codec) {
        this.database = database;
        this.codec = codec;
    }

    /** Queues {@code envelope} for its payload's topic under {@code key}. */
    public Mono<Void> append(String key, EventEnvelope envelope, Instant now) {
        return database.sql("""
                        insert into outbox (tenant_id, topic, record_key, envelope, created_at)
                        values ($1, $2, $3, $4, $5)""")
                .bind(0, envelope.tenantId())
                .bind(1, EventTypes.of(envelope.payload().getClass()).topic())
                .bind(2, key)
                .bind(3, ByteBuffer.wrap(codec.encode(envelope)))
                .bind(4, now)
                .fetch().rowsUpdated().then();
    }
}
