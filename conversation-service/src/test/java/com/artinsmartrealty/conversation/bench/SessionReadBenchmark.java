package com.artinsmartrealty.conversation.bench;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.slots.Budget;
import com.artinsmartrealty.conversation.slots.Profile;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.LanguageSource;
import com.artinsmartrealty.conversation.state.ShownListing;
import com.artinsmartrealty.conversation.state.Stage;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * Session reads from Redis with many sessions stored: {@code sessions} (100,000) engaged conversations
 * (a full profile, three listings shown, a phone number) are written under their session keys, then
 * random sessions are loaded through {@link ConversationStore#load} (a GET and the JSON read), one at a
 * time for latency, then 64 at a time for throughput.
 *
 * <p>Arguments: {@code sessions} (100000), {@code reads} (50000).
 */
public final class SessionReadBenchmark {

    private SessionReadBenchmark() {
    }

    public static void main(String[] args) {
        int sessions = 100_000;
        int reads = 50_000;
        for (String arg : args) {
            String[] parts = arg.replaceFirst("^--", "").split("=", 2);
            if (parts[0].equals("sessions")) {
                sessions = Integer.parseInt(parts[1]);
            } else if (parts[0].equals("reads")) {
                reads = Integer.parseInt(parts[1]);
            }
        }
        System.out.printf("conversation-service session reads: %d sessions, %d reads, %d cores, JDK %s, "
                + "load average %.1f%n", sessions, reads, Runtime.getRuntime().availableProcessors(),
                Runtime.version(), loadAverage());
        int status = 0;
        try (BenchPlatform platform = BenchPlatform.start(Duration.ZERO,
                // Every read goes to Redis: what is measured is the Redis session cache.
                Map.of("conversation.sessions-in-memory", 0))) {
            run(platform, sessions, reads);
        } catch (Exception | Error e) {
            e.printStackTrace();
            status = 1;
        }
        System.exit(status);
    }

    private static void run(BenchPlatform platform, int sessions, int reads) {
        ConversationStore store = platform.bean(ConversationStore.class);
        ReactiveStringRedisTemplate redis = platform.bean(ReactiveStringRedisTemplate.class);
        JsonMapper json = platform.bean(JsonMapper.class);
        UUID tenant = UUID.randomUUID();
        List<ChatKey> chats = new ArrayList<>(sessions);
        for (int i = 0; i < sessions; i++) {
            chats.add(new ChatKey(tenant, Channel.TELEGRAM, Long.toString(700_000_000L + i)));
        }
        long writeStart = System.nanoTime();
        Flux.fromIterable(chats)
                .flatMap(chat -> redis.opsForValue().set("bot:session:" + chat.tenantId() + ":telegram:"
                        + chat.chatId(), json.writeValueAsString(session(chat)), Duration.ofHours(24)), 256)
                .blockLast();
        String sample = json.writeValueAsString(session(chats.getFirst()));
        System.out.printf("wrote %d sessions (%d bytes of JSON each) in %.1f s%n", sessions, sample.length(),
                (System.nanoTime() - writeStart) / 1e9);

        for (int i = 0; i < 5_000; i++) {
            store.load(random(chats)).block();
        }
        Latencies one = new Latencies(reads);
        for (int i = 0; i < reads; i++) {
            ChatKey chat = random(chats);
            long started = System.nanoTime();
            ConversationStore.Loaded loaded = store.load(chat).block();
            one.record(System.nanoTime() - started);
            if (loaded == null || loaded.source() != ConversationStore.Source.REDIS) {
                throw new IllegalStateException("session missing from the cache");
            }
        }
        System.out.printf("load one at a time: %s%n", one.summary());

        Latencies many = new Latencies(reads);
        long start = System.nanoTime();
        Flux.range(0, reads)
                .flatMap(i -> {
                    long started = System.nanoTime();
                    return store.load(random(chats)).doOnNext(loaded -> many.record(System.nanoTime() - started));
                }, 64)
                .blockLast();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("load 64 at a time: %.0f loads/s; %s%n", reads / seconds, many.summary());
        System.out.printf("machine load average %.1f%n", loadAverage());
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static ChatKey random(List<ChatKey> chats) {
        return chats.get(ThreadLocalRandom.current().nextInt(chats.size()));
    }

    private static StoredConversation session(ChatKey chat) {
        Profile profile = new Profile(Goal.INVESTMENT, Transaction.BUY, new Budget(2_000_000L, 3_000_000L, "AED"),
                PropertyType.VILLA, "Dubai Marina", 3);
        List<ShownListing> listings = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            listings.add(new ShownListing(UUID.randomUUID(), "Marina Gate Residences " + i, PropertyType.VILLA,
                    Transaction.BUY, 2_400_000 + i * 100_000L, "AED", 3, "Dubai Marina", "Within your budget",
                    new BigDecimal("6.5"), new BigDecimal("48.7")));
        }
        ConversationState state = new ConversationState(new Stage.Engagement(), "fa", LanguageSource.DETECTED, "ad-7",
                profile, true, Slot.BUDGET, null, "+971559182734", null, listings, null, List.of(), null, null);
        List<String> recent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            recent.add(Long.toString(815_000_000L + i));
        }
        return new StoredConversation(StoredConversation.idOf(chat), chat, state, 20, recent, Instant.now());
    }
}
