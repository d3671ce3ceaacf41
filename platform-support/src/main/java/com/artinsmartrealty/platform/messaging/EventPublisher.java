package com.artinsmartrealty.platform.messaging;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventTypes;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes envelopes to Kafka with an explicit record key, completing when the broker has the
 * record (acks=all). The producer's {@code send} may block on metadata or a full buffer, so it is
 * called off the event loop.
 */
public final class EventPublisher {

    /** Header with the envelope's type, for tools that inspect topics without decoding. */
    public static final String TYPE_HEADER = "event-type";

    private final KafkaTemplate<String, byte[]> kafka;
    private final EventCodec codec;

    public EventPublisher(KafkaTemplate<String, byte[]> kafka, EventCodec codec) {
        this.kafka = kafka;
        this.codec = codec;
    }

    /**
     * Publishes {@code envelope} on {@code topic} under {@code key}.
     *
     * @throws IllegalArgumentException when the payload does not belong on the topic
     */
    public Mono<Void> publish(String topic, String key, EventEnvelope envelope) {
        Objects.requireNonNull(key, "every record needs an explicit key");
        String expected = EventTypes.of(envelope.payload().getClass()).topic();
        if (!expected.equals(topic)) {
            return Mono.error(new IllegalArgumentException(envelope.type() + " belongs on " + expected));
        }
        return Mono.defer(() -> {
                    ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, codec.encode(envelope));
                    record.headers().add(TYPE_HEADER, envelope.type().getBytes(StandardCharsets.UTF_8));
                    return Mono.fromFuture(kafka.send(record));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .publishOn(Schedulers.parallel())
                .then();
    }
}
