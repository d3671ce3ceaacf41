package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Publishes a turn's stored records exactly as they were composed (the bytes are not encoded again),
 * all handed to the producer in order before any acknowledgement is awaited: records of one chat keep
 * their order (one partition, an idempotent producer), and a turn costs one broker round trip rather
 * than one per record. The producer may block on metadata or a full buffer, so it is called off the
 * event loop.
 */
@Component
public class OutboxPublisher {

    private final KafkaTemplate<String, byte[]> kafka;

    OutboxPublisher(KafkaTemplate<String, byte[]> kafka) {
        this.kafka = kafka;
    }

    public Mono<Void> publish(List<OutboxRecord> outbox) {
        if (outbox.isEmpty()) {
            return Mono.empty();
        }
        return Mono.fromCallable(() -> {
                    @SuppressWarnings("unchecked")
                    CompletableFuture<SendResult<String, byte[]>>[] sent = new CompletableFuture[outbox.size()];
                    for (int i = 0; i < sent.length; i++) {
                        OutboxRecord record = outbox.get(i);
                        ProducerRecord<String, byte[]> producerRecord = new ProducerRecord<>(record.topic(),
                                record.key(), record.envelope().getBytes(StandardCharsets.UTF_8));
                        if (record.type() != null) { // turns stored without it are published without the header
                            producerRecord.headers().add(EventPublisher.TYPE_HEADER,
                                    record.type().getBytes(StandardCharsets.UTF_8));
                        }
                        sent[i] = kafka.send(producerRecord);
                    }
                    return CompletableFuture.allOf(sent);
                })
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(Mono::fromFuture)
                .publishOn(Schedulers.parallel())
                .then();
    }
}
