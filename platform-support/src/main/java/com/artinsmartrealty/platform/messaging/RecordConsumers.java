package com.artinsmartrealty.platform.messaging;

import java.time.Clock;
import org.springframework.kafka.core.KafkaTemplate;

/** Builds the ordered consumers a service binds to its topics. */
public final class RecordConsumers {

    private final KafkaTemplate<String, byte[]> kafka;
    private final MessagingProperties properties;
    private final Clock clock;

    public RecordConsumers(KafkaTemplate<String, byte[]> kafka, MessagingProperties properties, Clock clock) {
        this.kafka = kafka;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * A consumer that runs {@code handler} per record in key order.
     *
     * @param name names the consumer in logs and in dead-letter headers
     */
    public OrderedRecordConsumer ordered(String name, RecordHandler handler) {
        return new OrderedRecordConsumer(name, handler, new DeadLetters(kafka, name, clock), properties);
    }
}
