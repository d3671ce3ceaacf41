package com.artinsmartrealty.conversation.it;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.errors.WakeupException;

/** Reads what the service publishes, from the moment it starts, on its own thread. */
final class KafkaRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final ConcurrentLinkedQueue<Recorded> records = new ConcurrentLinkedQueue<>();
    private final Thread poller;
    private final EventCodec codec = new EventCodec();
    private volatile boolean running = true;

    private KafkaRecorder(String bootstrapServers, List<String> topics) {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        poller = new Thread(this::poll, "kafka-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    static KafkaRecorder start(String bootstrapServers, List<String> topics) {
        return new KafkaRecorder(bootstrapServers, topics);
    }

    private void poll() {
        try {
            while (running) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
                    }
                    records.add(new Recorded(record.topic(), record.key(), record.value(), headers));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    List<Recorded> on(String topic, String key) {
        return records.stream().filter(record -> record.topic().equals(topic)
                && (key == null || key.equals(record.key()))).toList();
    }

    List<EventEnvelope> envelopes(String topic, String key) {
        return on(topic, key).stream().map(record -> codec.decode(record.topic(), record.value())).toList();
    }

    @Override
    public void close() {
        running = false;
        consumer.wakeup();
    }

    record Recorded(String topic, String key, byte[] value, Map<String, String> headers) {
    }
}
