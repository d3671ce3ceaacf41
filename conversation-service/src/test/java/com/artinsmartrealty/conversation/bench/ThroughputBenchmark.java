package com.artinsmartrealty.conversation.bench;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.Sender;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Many chats at once through one conversation-service instance, over the real (embedded) Kafka,
 * PostgreSQL and Redis, with the AI service a stand-in that answers after a fixed latency.
 *
 * <p>Each chat is a user who waits for the bot's answer before writing again. First every chat is
 * brought to free conversation (greeting, four buttons, a phone number: no AI calls); then every chat
 * asks questions, each answered by the AI service: a few to warm up, then {@code questions} measured.
 * Latency is from handing the message to the producer (its write to {@code chat.inbound.v1} included)
 * until the first reply of its turn is read from {@code chat.outbound.v1}; "added" is that minus the
 * stand-in's fixed latency.
 *
 * <p>Arguments: {@code chats} (1000), {@code ai-latency-ms} (800), {@code warmup-questions} (20, not
 * counted: the JIT compiles the hot path, as in a service that has been running), {@code questions} (20),
 * {@code start} ({@code spread}: the chats' first measured questions spread over one AI latency;
 * {@code together}: all at once).
 */
public final class ThroughputBenchmark {

    private static final Duration TURN_TIMEOUT = Duration.ofSeconds(60);

    private final EventCodec codec = new EventCodec();
    private final Map<UUID, CompletableFuture<Long>> pending = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final KafkaProducer<String, byte[]> producer;
    private final KafkaConsumer<String, byte[]> consumer;

    private ThroughputBenchmark(String bootstrapServers) {
        Map<String, Object> producerConfig = new HashMap<>();
        producerConfig.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.LINGER_MS_CONFIG, 2);
        producer = new KafkaProducer<>(producerConfig, new StringSerializer(), new ByteArraySerializer());
        Map<String, Object> consumerConfig = new HashMap<>();
        consumerConfig.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumerConfig.put(ConsumerConfig.FETCH_MAX_WAIT_MS_CONFIG, 5);
        consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        consumer.partitionsFor(Topics.CHAT_OUTBOUND).forEach(p -> partitions.add(new TopicPartition(p.topic(),
                p.partition())));
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        Thread reader = new Thread(this::readReplies, "bench-replies");
        reader.setDaemon(true);
        reader.start();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int chats = Integer.parseInt(options.getOrDefault("chats", "1000"));
        Duration aiLatency = Duration.ofMillis(Long.parseLong(options.getOrDefault("ai-latency-ms", "800")));
        int questions = Integer.parseInt(options.getOrDefault("questions", "20"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup-questions", "20"));
        boolean together = options.getOrDefault("start", "spread").equals("together");
        System.out.printf("conversation-service throughput: %d chats, AI stand-in latency %d ms, %d questions each, "
                + "%d cores, JDK %s, load average %.1f%n", chats, aiLatency.toMillis(), questions,
                Runtime.getRuntime().availableProcessors(), Runtime.version(), loadAverage());
        int status = 0;
        try (BenchPlatform platform = BenchPlatform.start(aiLatency)) {
            ThroughputBenchmark bench = new ThroughputBenchmark(platform.infrastructure.kafkaBootstrapServers());
            try {
                bench.run(platform, chats, warmup, questions, aiLatency, together);
            } finally {
                bench.running.set(false);
                bench.producer.close();
            }
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private void run(BenchPlatform platform, int chats, int warmup, int questions, Duration aiLatency,
                     boolean together) throws Exception {
        UUID tenant = UUID.randomUUID();
        List<ChatKey> keys = new ArrayList<>();
        for (int i = 0; i < chats; i++) {
            keys.add(new ChatKey(tenant, Channel.WEBCHAT, "bench-" + i + "-" + UUID.randomUUID()));
        }
        List<MessageContent> setup = List.of(new MessageContent.Text("hi"),
                new MessageContent.ButtonPress("goal:investment"), new MessageContent.ButtonPress("tx:buy"),
                new MessageContent.ButtonPress("budget:AED:2000000-5000000"),
                new MessageContent.ButtonPress("type:villa"), new MessageContent.Text("+971 55 918 2734"));
        Latencies setupLatencies = new Latencies(chats * setup.size());
        long setupStart = System.nanoTime();
        everyChat(keys, key -> {
            for (MessageContent content : setup) {
                setupLatencies.record(turn(key, content));
            }
        });
        double setupSeconds = (System.nanoTime() - setupStart) / 1e9;
        System.out.printf("setup (no AI calls): %d messages in %.1f s = %.0f msg/s; latency %s%n",
                setupLatencies.count(), setupSeconds, setupLatencies.count() / setupSeconds, setupLatencies.summary());

        long warmupStart = System.nanoTime();
        everyChat(keys, key -> {
            for (int q = 0; q < warmup; q++) {
                turn(key, new MessageContent.Text("Is there a service charge for villa " + q + "?"));
            }
        });
        System.out.printf("warm-up: %d questions in %.1f s (not counted)%n", chats * warmup,
                (System.nanoTime() - warmupStart) / 1e9);

        // A pause before measuring, for the compilations and collections the warm-up set off. A full
        // collection first moves what start-up and warm-up left alive (caches, connections, the broker's
        // state) to the old generation, where a service that has been running for a while keeps it;
        // otherwise every young collection of the measured run would copy it again.
        System.gc();
        long pauseCpu = processCpuNanos();
        Thread.sleep(5_000);
        double pauseShare = (processCpuNanos() - pauseCpu) / 5e9;

        // Users do not all write at the same instant: chat i asks its first measured question i/chats of
        // one AI latency after the start, so questions arrive spread over time, as independent users'
        // would. With start=together every chat asks at once: a burst of one message per chat. The ramp
        // is inside the measured time, so the rate is, if anything, understated.
        Map<ChatKey, Duration> firstAt = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            firstAt.put(keys.get(i), together ? Duration.ZERO : aiLatency.multipliedBy(i).dividedBy(keys.size()));
        }
        Latencies latencies = new Latencies(chats * questions);
        long answersBefore = platform.fakes.count("answer");
        long cpuStart = processCpuNanos();
        long[] machineStart = machineTicks();
        long start = System.nanoTime();
        everyChat(keys, key -> {
            Thread.sleep(firstAt.get(key));
            for (int q = 0; q < questions; q++) {
                latencies.record(turn(key, new MessageContent.Text("What is the service charge of listing " + q
                        + "?")));
            }
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuStart) / 1e6;
        long[] machineEnd = machineTicks();
        double[] p = latencies.percentiles(50, 99);
        long aiCalls = platform.fakes.count("answer") - answersBefore;
        System.out.printf("measured (%s start): %d messages (%d AI calls) in %.1f s = %.0f msg/s; latency %s%n",
                together ? "burst" : "spread", latencies.count(), aiCalls, seconds, latencies.count() / seconds,
                latencies.summary());
        System.out.printf("added on top of the AI stand-in's %d ms: p50 %.1f ms, p99 %.1f ms%n", aiLatency.toMillis(),
                p[0] - aiLatency.toMillis(), p[1] - aiLatency.toMillis());
        System.out.printf("CPU of this JVM (service, embedded broker, AI stand-in, load generator) while measured: "
                + "%.2f ms per message, %.0f %% of one core on average (%.0f %% in the 5 s pause before, no "
                + "messages); machine load average %.1f%n", cpuMillis / latencies.count(), cpuMillis / 10 / seconds,
                pauseShare * 100, loadAverage());
        if (machineStart.length == 2 && machineEnd.length == 2) {
            double busy = machineEnd[0] - machineStart[0];
            double all = machineEnd[1] - machineStart[1];
            double cores = Runtime.getRuntime().availableProcessors();
            System.out.printf("CPU of the whole machine (also PostgreSQL and Redis) while measured: %.0f %% busy, "
                    + "%.2f ms per message%n", busy * 100 / all, busy / all * cores * seconds * 1000 / latencies.count());
        }
    }

    /** Busy and total CPU time of the whole machine from {@code /proc/stat}, in ticks; empty where there is none. */
    private static long[] machineTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim()
                    .split("\\s+");
            long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
            long total = 0;
            for (int i = 1; i <= 8 && i < cpu.length; i++) {
                total += Long.parseLong(cpu[i]);
            }
            return new long[] {total - idle, total};
        } catch (IOException | RuntimeException e) {
            return new long[0];
        }
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** One message and its answer: the milliseconds in between, as nanoseconds. */
    private long turn(ChatKey chat, MessageContent content) {
        UUID eventId = UUID.randomUUID();
        CompletableFuture<Long> answered = new CompletableFuture<>();
        pending.put(eventId, answered);
        ChatMessageReceived message = new ChatMessageReceived(chat.channel(), chat.chatId(), eventId.toString(),
                new Sender("u", null, null, "en", null), content, false, Instant.now());
        byte[] value = codec.encode(EventEnvelope.of(eventId, chat.tenantId(), Instant.now(), eventId.toString(), null,
                message));
        long sent = System.nanoTime();
        try {
            producer.send(new ProducerRecord<>(Topics.CHAT_INBOUND, chat.value(), value)).get();
            return answered.get(TURN_TIMEOUT.toSeconds(), TimeUnit.SECONDS) - sent;
        } catch (Exception e) {
            throw new IllegalStateException("no answer to a message of " + chat.chatId(), e);
        } finally {
            pending.remove(eventId);
        }
    }

    private void readReplies() {
        while (running.get()) {
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                long arrived = System.nanoTime();
                UUID cause = causationOf(record.value());
                CompletableFuture<Long> waiting = cause == null ? null : pending.get(cause);
                if (waiting != null) {
                    waiting.complete(arrived);
                }
            }
        }
        consumer.close();
    }

    /** The envelope's causation id, read without decoding the whole record (the reader must keep up). */
    private static UUID causationOf(byte[] envelope) {
        String json = new String(envelope, StandardCharsets.UTF_8);
        int at = json.indexOf("\"causationId\"");
        if (at < 0) {
            return null;
        }
        int start = json.indexOf('"', json.indexOf(':', at) + 1) + 1;
        return UUID.fromString(json.substring(start, start + 36));
    }

    private static void everyChat(List<ChatKey> chats, ChatScript script) throws Exception {
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> all = new ArrayList<>();
            for (ChatKey chat : chats) {
                all.add(users.submit(() -> {
                    script.run(chat);
                    return null;
                }));
            }
            for (var future : all) {
                future.get();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            options.put(parts[0], parts.length > 1 ? parts[1] : "true");
        }
        return options;
    }

    @FunctionalInterface
    private interface ChatScript {
        void run(ChatKey chat) throws Exception;
    }
}
