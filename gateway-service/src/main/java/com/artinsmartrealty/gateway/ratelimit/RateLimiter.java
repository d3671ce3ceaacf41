package com.artinsmartrealty.gateway.ratelimit;

import java.time.Duration;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Fixed-window counters in Redis, shared by every gateway instance: a key counts hits until its
 * window ends. One atomic script per hit (increment, start the window on the first hit, read what
 * is left of it).
 */
@Component
public class RateLimiter {

    private static final RedisScript<List> HIT = RedisScript.of("""
            local count = redis.call('INCR', KEYS[1])
            if count == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            return {count, ttl}
            """, List.class);

    private final ReactiveStringRedisTemplate redis;

    RateLimiter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    /** Counts a hit on {@code key}; the answer says how many hits the window has seen and when it ends. */
    public Mono<Hit> hit(String key, Duration window) {
        return redis.execute(HIT, List.of(key), List.of(Long.toString(window.toMillis())))
                .next()
                .map(result -> new Hit(((Number) result.get(0)).longValue(),
                        Duration.ofMillis(Math.max(0, ((Number) result.get(1)).longValue()))));
    }

    /** Counts a hit and fails with 429 (and how long to wait) once the window has seen more than {@code limit}. */
    public Mono<Void> acquire(String key, int limit, Duration window) {
        return hit(key, window).flatMap(hit -> hit.count() > limit ? Mono.error(tooMany(hit.resetIn()))
                : Mono.empty());
    }

    /** Hits counted so far in the window, and when it ends. */
    public Mono<Hit> peek(String key) {
        return redis.opsForValue().get(key)
                .flatMap(count -> redis.getExpire(key).map(ttl -> new Hit(Long.parseLong(count),
                        ttl.isNegative() ? Duration.ZERO : ttl)))
                .defaultIfEmpty(new Hit(0, Duration.ZERO));
    }

    public Mono<Void> reset(String key) {
        return redis.delete(key).then();
    }

    /** 429 with {@code Retry-After} in whole seconds, at least 1. */
    public static ResponseStatusException tooMany(Duration retryAfter) {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        return new TooManyRequests(seconds);
    }

    /** One counted window. */
    public record Hit(long count, Duration resetIn) {
    }

    /** A 429 that tells the client when to come back. */
    public static final class TooManyRequests extends ResponseStatusException {

        private final long retryAfterSeconds;

        TooManyRequests(long retryAfterSeconds) {
            super(HttpStatus.TOO_MANY_REQUESTS, "too many requests; try again in " + retryAfterSeconds + " s");
            this.retryAfterSeconds = retryAfterSeconds;
        }

        public long retryAfterSeconds() {
            return retryAfterSeconds;
        }

        @Override
        public HttpHeaders getHeaders() {
            HttpHeaders headers = new HttpHeaders();
            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
            return headers;
        }
    }
}
