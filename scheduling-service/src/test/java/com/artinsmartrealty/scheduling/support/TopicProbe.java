package com.artinsmartrealty.scheduling.support;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads a topic from the moment it is opened, to see what the service published. */
public final class TopicProbe implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final String topic;
    private final EventCodec codec = new EventCodec();
    private final List<Received> received = new ArrayList<>();

    /**
     * One record as it arrived.
     *
     * @param headers the record's headers, as text
     */
    public record Received(String key, EventEnvelope envelope, Map<String, String> headers) {
    }

    public TopicProbe(String topic) {
        this.topic = topic;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
    }

    /** Waits until the records matching {@code filter} number {@code count}, then returns them. */
    public synchronized List<Received> awaitCount(Predicate<Received> filter, int count) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> {
            poll();
            return matching(filter).size() >= count;
        });
        return matching(filter);
    }

    /** What has arrived so far matching {@code filter}, after one more look at the topic. */
    public synchronized List<Received> seen(Predicate<Received> filter) {
        poll();
        return matching(filter);
    }

    private void poll() {
        String payloadTopic = topic.endsWith(".dlt") ? Topics.originOf(topic) : topic;
        consumer.poll(Duration.ofMillis(200)).forEach(record -> {
            Map<String, String> headers = new HashMap<>();
            record.headers().forEach(header -> headers.put(header.key(),
                    new String(header.value(), StandardCharsets.UTF_8)));
            received.add(new Received(record.key(), codec.decode(payloadTopic, record.value()), headers));
        });
    }

    private List<Received> matching(Predicate<Received> filter) {
        return received.stream().filter(filter).toList();
    }

    @Override
    public synchronized void close() {
        consumer.close();
    }
}
