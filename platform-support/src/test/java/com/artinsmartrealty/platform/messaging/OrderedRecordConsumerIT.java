package com.artinsmartrealty.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.MalformedEventException;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.platform.SupportTestApplication;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.messaging.Message;
import org.springframework.test.context.ContextConfiguration;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;

/** The ordered consumer through a Spring Cloud Stream binding on the real embedded broker. */
@SpringBootTest(classes = {SupportTestApplication.class, OrderedRecordConsumerIT.Handlers.class},
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {
                "spring.application.name=support-test",
                "spring.flyway.locations=classpath:db/rls-test",
                "spring.cloud.function.definition=probe",
                "spring.cloud.stream.bindings.probe-in-0.destination=" + Topics.CONVERSATION_EVENTS,
                "spring.cloud.stream.bindings.probe-in-0.group=ordered-consumer-it",
                "platform.messaging.first-backoff=10ms"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class OrderedRecordConsumerIT {

    private static final String TOPIC = Topics.CONVERSATION_EVENTS;

    @Autowired
    private KafkaTemplate<String, byte[]> kafka;

    @Autowired
    private Handlers handlers;

    @Value("${spring.kafka.bootstrap-servers}")
    private String bootstrapServers;

    @Test
    void keepsKeyOrderWithoutHeadOfLineBlockingAndCommitsOnlyFinishedRecords() throws Exception {
        String slowKey = "t1:slow-chat";
        String otherKey = "t1:other-chat";
        send(slowKey, "hold");
        send(slowKey, "after-hold");
        send(otherKey, "free");

        await().atMost(Duration.ofSeconds(20)).until(() -> handlers.processed.contains(otherKey + "=free"));
        assertThat(handlers.processed).doesNotContain(slowKey + "=after-hold");
        TopicPartition slowPartition = partitionOf(slowKey);
        long slowOffset = handlers.offsets.get(slowKey + "=hold");
        assertThat(committed(slowPartition)).isLessThanOrEqualTo(slowOffset);

        handlers.release.tryEmitEmpty();

        await().atMost(Duration.ofSeconds(20)).until(() -> handlers.processed.contains(slowKey + "=after-hold"));
        assertThat(handlers.processed.stream().filter(entry -> entry.startsWith(slowKey)))
                .containsExactly(slowKey + "=hold", slowKey + "=after-hold");
        await().atMost(Duration.ofSeconds(20)).until(() -> committed(slowPartition) > slowOffset + 1);
    }

    @Test
    void aRecordThatKeepsFailingIsRetriedThenDeadLetteredWithItsReason() {
        String key = "t1:failing-chat";
        send(key, "fail");

        ConsumerRecord<String, byte[]> dead = firstDeadLetter(key);

        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).isEqualTo("fail");
        assertThat(header(dead, DeadLetters.REASON)).contains("IllegalStateException").contains("handler gave up");
        assertThat(header(dead, DeadLetters.ORIGIN_TOPIC)).isEqualTo(TOPIC);
        assertThat(header(dead, DeadLetters.CONSUMER)).isEqualTo("probe");
        assertThat(handlers.attempts.get(key + "=fail")).isEqualTo(3);
    }

    @Test
    void anUndecodableRecordIsDeadLetteredWithoutRetries() {
        String key = "t1:garbled-chat";
        send(key, "garbled");

        ConsumerRecord<String, byte[]> dead = firstDeadLetter(key);

        assertThat(header(dead, DeadLetters.REASON)).contains("MalformedEventException");
        assertThat(handlers.attempts.get(key + "=garbled")).isEqualTo(1);
    }

    private void send(String key, String value) {
        kafka.send(TOPIC, key, value.getBytes(StandardCharsets.UTF_8)).join();
    }

    private TopicPartition partitionOf(String key) {
        return new TopicPartition(TOPIC, handlers.partitions.get(key));
    }

    private long committed(TopicPartition partition) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrapServers))) {
            var offsets = admin.listConsumerGroupOffsets("ordered-consumer-it").partitionsToOffsetAndMetadata().get();
            var offset = offsets.get(partition);
            return offset == null ? -1 : offset.offset();
        }
    }

    private ConsumerRecord<String, byte[]> firstDeadLetter(String key) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                "bootstrap.servers", bootstrapServers, "group.id", "dlt-reader-" + key,
                "auto.offset.reset", "earliest"), new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.deadLetterOf(TOPIC)));
            List<ConsumerRecord<String, byte[]>> found = new CopyOnWriteArrayList<>();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                });
                return !found.isEmpty();
            });
            return found.getFirst();
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    @TestConfiguration
    static class Handlers {
        final List<String> processed = new CopyOnWriteArrayList<>();
        final Map<String, Long> offsets = new ConcurrentHashMap<>();
        final Map<String, Integer> partitions = new ConcurrentHashMap<>();
        final Map<String, Integer> attempts = new ConcurrentHashMap<>();
        final Sinks.Empty<Void> release = Sinks.empty();

        @Bean
        Consumer<Message<byte[]>> probe(RecordConsumers consumers) {
            return consumers.ordered("probe", record -> {
                String value = new String(record.value(), StandardCharsets.UTF_8);
                String entry = record.key() + "=" + value;
                offsets.put(entry, record.offset());
                partitions.put(record.key(), record.partition());
                attempts.merge(entry, 1, Integer::sum);
                return switch (value) {
                    case "hold" -> release.asMono().then(Mono.fromRunnable(() -> processed.add(entry)));
                    case "fail" -> Mono.error(new IllegalStateException("handler gave up"));
                    case "garbled" -> Mono.error(new MalformedEventException("not JSON"));
                    default -> Mono.fromRunnable(() -> processed.add(entry));
                };
            });
        }
    }
}
