package com.artinsmartrealty.gateway.whatsapp;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The 24-hour customer service window per WhatsApp user: every message from the user opens or
 * refreshes it; free-form messages (text, interactive, documents) may be sent only while it is
 * open, templates at any time. Kept in Redis as a key that expires when the window closes; if that
 * key were lost, the gateway would fall back to the template, never send outside the window.
 */
@Component
class WhatsAppWindow {

    static final Duration LENGTH = Duration.ofHours(24);
    /** Margin for clock skew and the time a message takes to reach Meta. */
    private static final Duration SAFETY = Duration.ofMinutes(1);

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    WhatsAppWindow(ReactiveStringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** The user wrote at {@code sentAt}: the window is open until 24 hours after it. */
    Mono<Void> userWrote(UUID tenantId, String chatId, Instant sentAt) {
        Instant closes = sentAt.plus(LENGTH).minus(SAFETY);
        Duration left = Duration.between(clock.instant(), closes);
        if (left.isNegative() || left.isZero()) {
            return Mono.empty();
        }
        String key = key(tenantId, chatId);
        return redis.opsForValue().get(key)
                .map(Long::parseLong)
                .defaultIfEmpty(0L)
                .flatMap(current -> current >= closes.toEpochMilli() ? Mono.empty()
                        : redis.opsForValue().set(key, Long.toString(closes.toEpochMilli()), left).then());
    }

    Mono<Boolean> open(UUID tenantId, String chatId) {
        return redis.opsForValue().get(key(tenantId, chatId))
                .map(closes -> Long.parseLong(closes) > clock.millis())
                .defaultIfEmpty(false);
    }

    private static String key(UUID tenantId, String chatId) {
        return "gw:wa:window:" + tenantId + ":" + chatId;
    }
}
