package com.artinsmartrealty.gateway.support;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads topics from the beginning in the background and keeps every record, so a test can wait for
 * what the gateway published; end offsets prove that nothing was published.
 */
public final class TopicRecorder implements AutoCloseable {

    private final String bootstrapServers;
    private final KafkaConsumer<String, byte[]> consumer;
    private final ConcurrentLinkedDeque<ConsumerRecord<String, byte[]>> records = new ConcurrentLinkedDeque<>();
    private final Thread thread;
    private final EventCodec codec = new EventCodec();
    private volatile boolean running = true;

    public TopicRecorder(String bootstrapServers, List<String> topics) {
        this.bootstrapServers = bootstrapServers;
        this.consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "gateway-test-recorder-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
                new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        this.thread = new Thread(this::run, "topic-recorder");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (running) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    public List<ConsumerRecord<String, byte[]>> records(String topic, Predicate<String> key) {
        return records.stream().filter(record -> record.topic().equals(topic) && key.test(record.key())).toList();
    }

    /** The envelopes on {@code topic} under keys starting with {@code keyPrefix}. */
    public List<EventEnvelope> envelopes(String topic, String keyPrefix) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(topic, key -> key != null && key.startsWith(keyPrefix))) {
            envelopes.add(codec.decode(topic, record.value()));
        }
        return envelopes;
    }

    /** The envelopes on {@code topic} under exactly {@code key}, in the order they were published. */
    public List<EventEnvelope> envelopesFor(String topic, String key) {
        List<EventEnvelope> envelopes = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records(topic, key::equals)) {
            envelopes.add(codec.decode(topic, record.value()));
        }
        return envelopes;
    }

    /** The sum of the topic's end offsets: unchanged means nothing was published. */
    public long endOffsets(String topic) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            partitions.forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }
}
