package com.artinsmartrealty.analytics.rebuild;

import com.artinsmartrealty.analytics.AnalyticsProperties;
import com.artinsmartrealty.platform.messaging.OrderedRecordConsumer;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.GroupIdNotFoundException;
import org.apache.kafka.common.errors.GroupNotEmptyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.stream.binding.BindingsLifecycleController;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Rebuilds the read models from the topics: stops this instance's consumer, waits until its records
 * in flight are done, deletes the consumer group's committed offsets (Kafka allows it once the
 * group has no member left), empties the read models and starts the consumer again, which then
 * re-reads every topic from the beginning ({@code auto.offset.reset=earliest}). Another instance
 * still in the group makes it give up with 409 before anything is changed: scale to one instance
 * first.
 */
@Component
public class Rebuild {

    private static final Logger log = LoggerFactory.getLogger(Rebuild.class);
    private static final Duration POLL = Duration.ofMillis(100);

    private final BindingsLifecycleController bindings;
    private final OrderedRecordConsumer consumer;
    private final Admin admin;
    private final DatabaseClient db;
    private final AnalyticsProperties properties;
    private final AtomicBoolean running = new AtomicBoolean();

    Rebuild(BindingsLifecycleController bindings, OrderedRecordConsumer consumer, Admin analyticsAdmin,
            DatabaseClient db, AnalyticsProperties properties) {
        this.bindings = bindings;
        this.consumer = consumer;
        this.admin = analyticsAdmin;
        this.db = db;
        this.properties = properties;
    }

    /** Completes once the consumer re-reads from the beginning. */
    public Mono<Void> start() {
        if (!running.compareAndSet(false, true)) {
            return Mono.error(new ResponseStatusException(HttpStatus.CONFLICT, "a rebuild is already running"));
        }
        String binding = properties.binding();
        return Mono.fromRunnable(() -> bindings.stop(binding))
                .subscribeOn(Schedulers.boundedElastic())
                .then(waitFor(() -> Mono.just(consumer.inFlight() == 0), "records in flight to finish"))
                .then(waitFor(this::deleteGroup, "the consumer group to empty"))
                .then(db.sql("select reset_read_models()").then())
                .doOnSuccess(done -> log.info("Read models emptied; re-reading every topic from the beginning"))
                .doFinally(signal -> {
                    bindings.start(binding);
                    running.set(false);
                });
    }

    /** Records the group has yet to read, over every partition of its topics. */
    public Mono<Progress> progress() {
        return future(admin.listConsumerGroupOffsets(properties.group()).partitionsToOffsetAndMetadata())
                .flatMap(committed -> topicPartitions().flatMap(partitions -> {
                    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                    partitions.forEach(partition -> latest.put(partition, OffsetSpec.latest()));
                    return future(admin.listOffsets(latest).all()).map(ends -> {
                        long lag = 0;
                        for (var end : ends.entrySet()) {
                            OffsetAndMetadata done = committed.get(end.getKey());
                            lag += end.getValue().offset() - (done == null ? 0 : done.offset());
                        }
                        return new Progress(properties.group(), running.get(), lag);
                    });
                }));
    }

    /** @param lag records not yet read and committed; 0 when the read models are up to date */
    public record Progress(String group, boolean rebuilding, long lag) {
    }

    private Mono<List<TopicPartition>> topicPartitions() {
        return future(admin.describeTopics(properties.topics()).allTopicNames())
                .map(topics -> topics.values().stream()
                        .flatMap(topic -> topic.partitions().stream()
                                .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                        .toList());
    }

    /**
     * Deletes the group's committed offsets, which Kafka allows only once no member is left: true
     * when done (or there was nothing to delete), false while members are still leaving.
     */
    private Mono<Boolean> deleteGroup() {
        return future(admin.deleteConsumerGroups(List.of(properties.group())).all())
                .thenReturn(true)
                .onErrorResume(error -> {
                    Throwable cause = error instanceof java.util.concurrent.CompletionException ? error.getCause() : error;
                    if (cause instanceof GroupIdNotFoundException) {
                        return Mono.just(true);
                    }
                    return cause instanceof GroupNotEmptyException ? Mono.just(false) : Mono.error(cause);
                });
    }

    private Mono<Void> waitFor(java.util.function.Supplier<Mono<Boolean>> condition, String what) {
        return Flux.interval(Duration.ZERO, POLL)
                .onBackpressureDrop()
                .concatMap(tick -> condition.get(), 1)
                .filter(Boolean::booleanValue)
                .next()
                .timeout(properties.rebuildWait(), Mono.error(() -> new ResponseStatusException(HttpStatus.CONFLICT,
                        "gave up waiting for " + what + "; is another instance still consuming?")))
                .then();
    }

    private static <T> Mono<T> future(KafkaFuture<T> future) {
        return Mono.fromCompletionStage(future.toCompletionStage());
    }
}
