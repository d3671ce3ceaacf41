package com.artinsmartrealty.lead.outbox;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventTypes;
import java.time.ZoneOffset;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Events lead-service publishes, written in the transaction of the change they describe, so a change
 * is never stored without its event or announced without being stored. {@link OutboxRelay} publishes
 * them after the commit.
 */
@Component
public class Outbox {

    private final DatabaseClient database;
    private final EventCodec codec;

    Outbox(DatabaseClient database, EventCodec codec) {
        this.database = database;
        this.codec = codec;
    }

    /** Adds {@code envelope} under {@code key}, in the caller's tenant transaction. */
    public Mono<Void> add(AggregateKey key, EventEnvelope envelope) {
        var createdAt = envelope.occurredAt().atOffset(ZoneOffset.UTC);
        return database.sql("""
                        insert into outbox (event_id, tenant_id, topic, record_key, envelope, created_at)
                        values ($1, $2, $3, $4, $5, $6)""")
                .bind(0, envelope.eventId())
                .bind(1, envelope.tenantId())
                .bind(2, EventTypes.of(envelope.payload().getClass()).topic())
                .bind(3, key.value())
                .bind(4, java.nio.ByteBuffer.wrap(codec.encode(envelope)))
                .bind(5, createdAt)
                .fetch().rowsUpdated()
                .then(database.sql("insert into outbox_pending (event_id, tenant_id, created_at) values ($1, $2, $3)")
                        .bind(0, envelope.eventId())
                        .bind(1, envelope.tenantId())
                        .bind(2, createdAt)
                        .fetch().rowsUpdated())
                .then();
    }
}
