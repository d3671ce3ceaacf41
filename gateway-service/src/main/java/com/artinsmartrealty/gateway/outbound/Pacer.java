package com.artinsmartrealty.gateway.outbound;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Spaces out messages to a channel's limits, shared by every gateway instance: a generic cell rate
 * algorithm in Redis hands each send a slot and says how long to wait for it. Waiting is a timer,
 * not a thread; one chat or bot waiting does not hold back any other.
 */
@Component
public class Pacer {

    /** KEYS[1] = the limit's key; ARGV = now, interval, burst (ms, ms, count). Answers the wait in ms. */
    private static final RedisScript<Long> RESERVE = RedisScript.of("""
            local now = tonumber(ARGV[1])
            local interval = tonumber(ARGV[2])
            local burst = tonumber(ARGV[3])
            local tat = tonumber(redis.call('GET', KEYS[1]) or now)
            if tat < now then tat = now end
            local wait = tat - (burst - 1) * interval - now
            if wait < 0 then wait = 0 end
            local following = tat + interval
            redis.call('SET', KEYS[1], string.format('%d', following), 'PX', string.format('%d', following - now + interval))
            return wait
            """, Long.class);

    /** KEYS[1] = the limit's key; ARGV = now, not-before (ms). Pushes the next slot to not-before. */
    private static final RedisScript<Long> HOLD = RedisScript.of("""
            local now = tonumber(ARGV[1])
            local notbefore = tonumber(ARGV[2])
            local tat = tonumber(redis.call('GET', KEYS[1]) or now)
            if notbefore > tat then
              redis.call('SET', KEYS[1], string.format('%d', notbefore), 'PX', string.format('%d', notbefore - now + 1000))
            end
            return 0
            """, Long.class);

    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    Pacer(ReactiveStringRedisTemplate redis, Clock clock) {
        this.redis = redis;
        this.clock = clock;
    }

    /** Completes when the next message under {@code key} may go. */
    public Mono<Void> await(String key, Pace pace) {
        long intervalMillis = Math.max(1, pace.interval().toMillis());
        return redis.execute(RESERVE, List.of(key), List.of(Long.toString(clock.millis()),
                        Long.toString(intervalMillis), Integer.toString(pace.burst())))
                .next()
                .flatMap(wait -> wait > 0 ? Mono.delay(Duration.ofMillis(wait)).then() : Mono.empty());
    }

    /** Nothing goes under {@code key} before {@code notBefore} (the channel asked us to wait). */
    public Mono<Void> holdUntil(String key, Instant notBefore) {
        return redis.execute(HOLD, List.of(key), List.of(Long.toString(clock.millis()),
                        Long.toString(notBefore.toEpochMilli())))
                .then();
    }
}
