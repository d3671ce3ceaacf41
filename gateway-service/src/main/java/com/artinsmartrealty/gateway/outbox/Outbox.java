package com.artinsmartrealty.gateway.outbox;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventTypes;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Records an event in the transaction of the change it describes; {@link OutboxRelay} publishes it
 * after the commit. Either both the change and its event are stored, or neither.
 */
@Component
public class Outbox {

    private final DatabaseClient database;
    private final EventCodec codec;
    private final OutboxRelay relay;

    Outbox(DatabaseClient database, EventCodec codec, OutboxRelay relay) {
        this.database = database;
        this.codec = codec;
        this.relay = relay;
    }

    /** Stores the event; call inside the transaction that makes the change. */
    public Mono<Void> append(String key, EventEnvelope envelope) {
        String topic = EventTypes.of(envelope.payload().getClass()).topic();
        return database.sql("insert into outbox (topic, record_key, envelope) values ($1, $2, $3)")
                .bind(0, topic)
                .bind(1, key)
                .bind(2, codec.encode(envelope))
                .fetch().rowsUpdated()
                .then();
    }

    /** Asks the relay to publish now rather than at its next poll; call after the commit. */
    public void committed() {
        relay.wakeUp();
    }
}
