package com.artinsmartrealty.platform.messaging;

import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.platform.logging.LogContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Sends a record that cannot be processed to its topic's dead-letter twin, unchanged, with headers
 * that say why and where it came from, so it can be inspected and replayed.
 */
public final class DeadLetters {

    public static final String REASON = "dlt-reason";
    public static final String ORIGIN_TOPIC = "dlt-origin-topic";
    public static final String ORIGIN_PARTITION = "dlt-origin-partition";
    public static final String ORIGIN_OFFSET = "dlt-origin-offset";
    public static final String FAILED_AT = "dlt-failed-at";
    public static final String CONSUMER = "dlt-consumer";

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);
    private static final int MAX_REASON_LENGTH = 1_000;

    private final KafkaTemplate<String, byte[]> kafka;
    private final String consumerName;
    private final Clock clock;

    public DeadLetters(KafkaTemplate<String, byte[]> kafka, String consumerName, Clock clock) {
        this.kafka = kafka;
        this.consumerName = consumerName;
        this.clock = clock;
    }

    public Mono<Void> send(ConsumedRecord record, String reason) {
        String safeReason = reason == null ? "unknown" : reason.length() > MAX_REASON_LENGTH
                ? reason.substring(0, MAX_REASON_LENGTH) : reason;
        return Mono.defer(() -> {
                    ProducerRecord<String, byte[]> dead = new ProducerRecord<>(Topics.deadLetterOf(record.topic()),
                            record.key(), record.value());
                    header(dead, REASON, safeReason);
                    header(dead, ORIGIN_TOPIC, record.topic());
                    header(dead, ORIGIN_PARTITION, Integer.toString(record.partition()));
                    header(dead, ORIGIN_OFFSET, Long.toString(record.offset()));
                    header(dead, FAILED_AT, clock.instant().toString());
                    header(dead, CONSUMER, consumerName);
                    return Mono.fromFuture(kafka.send(dead));
                })
                .subscribeOn(Schedulers.boundedElastic())
                .then(LogContext.<Void>logged(() -> log.warn("Dead-lettered {} by {}: {}", record.position(),
                        consumerName, safeReason)));
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
