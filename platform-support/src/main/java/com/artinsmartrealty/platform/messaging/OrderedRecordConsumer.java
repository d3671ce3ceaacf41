package com.artinsmartrealty.platform.messaging;

import com.artinsmartrealty.contracts.MalformedEventException;
import com.artinsmartrealty.platform.logging.LogContext;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.support.Acknowledgment;
import org.springframework.kafka.support.KafkaHeaders;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import reactor.util.retry.Retry;

/**
 * The consumer behind a Spring Cloud Stream binding ({@code <name>-in-0}, ack mode MANUAL): keeps
 * each key's records in order, processes different keys concurrently, and commits offsets only past
 * finished records. A record that fails every attempt, or cannot be decoded, goes to the
 * dead-letter topic with its reason and is then committed; nothing is dropped silently.
 *
 * <p>The Kafka consumer thread hands records over and returns; it waits only when
 * {@code maxInFlight} records are already being processed, which is the backpressure.
 */
public final class OrderedRecordConsumer implements Consumer<Message<byte[]>> {

    private static final Logger log = LoggerFactory.getLogger(OrderedRecordConsumer.class);

    private final String name;
    private final RecordHandler handler;
    private final DeadLetters deadLetters;
    private final int maxInFlight;
    private final Semaphore permits;
    private final KeyedSequencer sequencer = new KeyedSequencer();
    private final CommitTracker commits;
    private final Retry retry;

    public OrderedRecordConsumer(String name, RecordHandler handler, DeadLetters deadLetters,
                                 MessagingProperties properties) {
        this.name = name;
        this.handler = handler;
        this.deadLetters = deadLetters;
        this.maxInFlight = properties.maxInFlight();
        this.permits = new Semaphore(maxInFlight);
        this.commits = new CommitTracker(properties.commitInterval(), Schedulers.parallel());
        this.retry = Retry.backoff(properties.attempts() - 1L, properties.firstBackoff())
                .filter(OrderedRecordConsumer::isRetryable)
                .onRetryExhaustedThrow((spec, signal) -> signal.failure());
    }

    @Override
    public void accept(Message<byte[]> message) {
        ConsumedRecord record = toRecord(message);
        Acknowledgment acknowledgment = message.getHeaders().get(KafkaHeaders.ACKNOWLEDGMENT, Acknowledgment.class);
        permits.acquireUninterruptibly();
        if (acknowledgment != null) {
            commits.track(record, acknowledgment);
        }
        String orderKey = record.key() != null ? record.key() : record.topic() + "-" + record.partition();
        sequencer.submit(orderKey, () -> settle(record))
                .onErrorReturn(false)
                .flatMap(settled -> {
                    if (settled) {
                        commits.complete(record);
                        return Mono.empty();
                    }
                    return LogContext.logged(() -> log.error("Record {} was neither processed nor dead-lettered by "
                            + "{}; it stays uncommitted and returns after a restart", record.position(), name));
                })
                .doFinally(signal -> permits.release())
                .contextWrite(LogContext.fields(tenantOf(record.key()),
                        record.topic().startsWith("chat.") ? record.key() : null, null))
                .subscribe();
    }

    /** True once the record is processed or dead-lettered; false when even dead-lettering failed. */
    private Mono<Boolean> settle(ConsumedRecord record) {
        return Mono.defer(() -> handler.handle(record))
                .retryWhen(retry)
                .thenReturn(true)
                .onErrorResume(error -> deadLetters.send(record, reasonOf(error))
                        .retryWhen(Retry.backoff(5, Duration.ofMillis(500)))
                        .thenReturn(true)
                        .onErrorResume(deadLetterFailure -> Mono.just(false)));
    }

    /** Records handed over and not yet finished. */
    public int inFlight() {
        return maxInFlight - permits.availablePermits();
    }

    private static boolean isRetryable(Throwable error) {
        return !(error instanceof MalformedEventException) && !(error instanceof NonRetryableException);
    }

    private static String reasonOf(Throwable error) {
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static String tenantOf(String key) {
        if (key == null) {
            return null;
        }
        int colon = key.indexOf(':');
        return colon > 0 ? key.substring(0, colon) : null;
    }

    private static ConsumedRecord toRecord(Message<byte[]> message) {
        var headers = message.getHeaders();
        Object key = headers.get(KafkaHeaders.RECEIVED_KEY);
        Integer partition = headers.get(KafkaHeaders.RECEIVED_PARTITION, Integer.class);
        Long offset = headers.get(KafkaHeaders.OFFSET, Long.class);
        return new ConsumedRecord(
                headers.get(KafkaHeaders.RECEIVED_TOPIC, String.class),
                partition == null ? -1 : partition,
                offset == null ? -1 : offset,
                key == null ? null : key instanceof byte[] bytes ? new String(bytes,
                        java.nio.charset.StandardCharsets.UTF_8) : key.toString(),
                message.getPayload());
    }
}
