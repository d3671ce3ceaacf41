package com.artinsmartrealty.ai.usage;

import com.artinsmartrealty.ai.gemini.BudgetExceeded;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Token budgets in Redis, shared by every instance: a counter per tenant and UTC day
 * ({@code ai:tokens:<tenant>:<yyyy-mm-dd>}, kept two days) that every model call adds its tokens to. A
 * call is refused before it is made when its estimated input alone is over the per-request limit, or when
 * the tenant's day is used up; the caller then answers without the model.
 */
@Component
public class TokenBudgets implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TokenBudgets.class);
    private static final Duration KEEP = Duration.ofDays(2);

    private final ReactiveStringRedisTemplate redis;
    private final BudgetProperties properties;
    private final Clock clock;

    TokenBudgets(ReactiveStringRedisTemplate redis, BudgetProperties properties, Clock clock) {
        this.redis = redis;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Opens the shared Redis connection now: Lettuce opens it blocking on first use, which must not be a
     * request's event loop. A Redis that is down now is connected to later.
     */
    @Override
    public void afterSingletonsInstantiated() {
        try {
            redis.getConnectionFactory().getReactiveConnection().close();
        } catch (RuntimeException e) {
            log.warn("Redis not reachable at start-up: {}", e.toString());
        }
    }

    /** Completes when the call may be made; {@link BudgetExceeded} when not. */
    public Mono<Void> ensureAvailable(UUID tenantId, long estimatedInputTokens) {
        if (estimatedInputTokens > properties.maxInputTokensPerRequest()) {
            log.warn("Model call refused: about {} input tokens, over the per-request budget", estimatedInputTokens);
            return Mono.error(new BudgetExceeded("request over its token budget"));
        }
        long daily = properties.dailyTokens(tenantId);
        return used(tenantId).flatMap(used -> {
            if (used + estimatedInputTokens > daily) {
                log.warn("Model call refused: the tenant's daily token budget is used up ({} of {})", used, daily);
                return Mono.error(new BudgetExceeded("daily token budget used up"));
            }
            return Mono.empty();
        });
    }

    /** Adds tokens a call used to the tenant's day. */
    public Mono<Long> spend(UUID tenantId, long tokens) {
        String key = key(tenantId);
        return redis.opsForValue().increment(key, tokens)
                .flatMap(total -> redis.expire(key, KEEP).thenReturn(total));
    }

    /** Tokens the tenant used today. */
    public Mono<Long> used(UUID tenantId) {
        return redis.opsForValue().get(key(tenantId)).map(Long::parseLong).defaultIfEmpty(0L);
    }

    private String key(UUID tenantId) {
        return "ai:tokens:" + tenantId + ":" + LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
