package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.DeleteWebhook;
import com.pengrad.telegrambot.request.GetUpdates;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import reactor.util.retry.Retry;

/**
 * Long polling ({@code getUpdates}) for every active tenant bot, when the gateway has no public URL
 * (the local run). Each bot is polled by one gateway instance at a time (a lease in Redis); updates
 * go through the same {@link TelegramIngest} as webhook calls, and the offset moves past a batch only
 * once every update of it was published, so nothing is skipped (repeats are dropped by
 * {@code update_id}).
 */
@Component
class TelegramPolling {

    private static final Logger log = LoggerFactory.getLogger(TelegramPolling.class);
    private static final RedisScript<Long> LEASE = RedisScript.of("""
            local holder = redis.call('GET', KEYS[1])
            if holder == false or holder == ARGV[1] then
              redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
              return 1
            end
            return 0
            """, Long.class);
    private static final RedisScript<Long> RELEASE = RedisScript.of("""
            if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
            return 0
            """, Long.class);

    private final TelegramClient telegram;
    private final TenantDirectory directory;
    private final TelegramIngest ingest;
    private final ReactiveStringRedisTemplate redis;
    private final TelegramProperties properties;
    private final String instance = UUID.randomUUID().toString();
    private final Map<UUID, Disposable> pollers = new ConcurrentHashMap<>();
    private final Set<String> webhooksCleared = ConcurrentHashMap.newKeySet();
    private final Sinks.Many<Boolean> refreshes = Sinks.many().multicast().directBestEffort();
    private volatile Disposable refresher;

    TelegramPolling(TelegramClient telegram, TenantDirectory directory, TelegramIngest ingest,
                    ReactiveStringRedisTemplate redis, TelegramProperties properties) {
        this.telegram = telegram;
        this.directory = directory;
        this.ingest = ingest;
        this.redis = redis;
        this.properties = properties;
    }

    void start() {
        refresher = Flux.merge(Flux.interval(Duration.ZERO, properties.pollRefresh()).map(tick -> true),
                        refreshes.asFlux())
                .onBackpressureLatest()
                .concatMap(tick -> directory.telegramBotTenants().collectList()
                        .doOnNext(this::pollExactly)
                        .onErrorResume(error -> {
                            log.warn("Could not read the bots to poll: {}", error.toString());
                            return Mono.empty();
                        }), 1)
                .subscribe();
    }

    void refreshSoon() {
        refreshes.tryEmitNext(true);
    }

    void stop() {
        Disposable current = refresher;
        if (current != null) {
            current.dispose();
        }
        pollers.keySet().forEach(this::stopPolling);
    }

    private void pollExactly(List<UUID> tenants) {
        tenants.forEach(tenantId -> pollers.computeIfAbsent(tenantId, this::poll));
        pollers.keySet().stream().filter(tenantId -> !tenants.contains(tenantId)).toList()
                .forEach(this::stopPolling);
    }

    private void stopPolling(UUID tenantId) {
        Disposable poller = pollers.remove(tenantId);
        if (poller != null) {
            poller.dispose();
            redis.execute(RELEASE, List.of(leaseKey(tenantId)), List.of(instance)).subscribe(
                    released -> { }, error -> { });
        }
    }

    private Disposable poll(UUID tenantId) {
        log.info("Long polling the Telegram bot of tenant {}", tenantId);
        AtomicLong offset = new AtomicLong();
        return Mono.defer(() -> lease(tenantId))
                .filter(Boolean::booleanValue)
                .flatMap(held -> directory.telegram(tenantId))
                .flatMap(settings -> pollOnce(settings, offset).thenReturn(true))
                .switchIfEmpty(Mono.delay(properties.pollRefresh()).thenReturn(false))
                .repeat()
                .retryWhen(Retry.backoff(Long.MAX_VALUE, Duration.ofSeconds(1)).maxBackoff(Duration.ofSeconds(30))
                        .doBeforeRetry(signal -> log.warn("Polling the bot of tenant {} failed, retrying: {}",
                                tenantId, signal.failure().getMessage())))
                .subscribe();
    }

    private Mono<Void> pollOnce(TelegramSettings settings, AtomicLong offset) {
        GetUpdates request = new GetUpdates()
                .timeout((int) properties.pollTimeout().toSeconds())
                .allowedUpdates(TelegramBots.ALLOWED_UPDATES)
                .limit(100);
        if (offset.get() > 0) {
            request.offset((int) offset.get());
        }
        return clearWebhook(settings)
                .then(telegram.execute(settings.botToken(), request))
                .flatMap(response -> Flux.fromIterable(response.updates() == null ? List.<Update>of()
                                : response.updates())
                        .concatMap(update -> ingest.accept(settings, update).thenReturn(update.updateId()))
                        .reduce(Math::max)
                        .doOnNext(last -> offset.set(last + 1L))
                        .then());
    }

    /** getUpdates does not work while a webhook is set; the first poll of a token removes it. */
    private Mono<Void> clearWebhook(TelegramSettings settings) {
        if (webhooksCleared.contains(settings.botToken())) {
            return Mono.empty();
        }
        return telegram.execute(settings.botToken(), new DeleteWebhook())
                .doOnSuccess(done -> webhooksCleared.add(settings.botToken()))
                .then();
    }

    private Mono<Boolean> lease(UUID tenantId) {
        long ttl = properties.pollTimeout().plusSeconds(30).toMillis();
        return redis.execute(LEASE, List.of(leaseKey(tenantId)), List.of(instance, Long.toString(ttl)))
                .next()
                .map(held -> held == 1L);
    }

    private static String leaseKey(UUID tenantId) {
        return "gw:tg:poller:" + tenantId;
    }
}
