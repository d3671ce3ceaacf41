package com.artinsmartrealty.ai.usage;

import com.artinsmartrealty.ai.gemini.ModelMeter;
import com.artinsmartrealty.ai.gemini.ModelUsage;
import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.ai.LlmUsageRecorded;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Meters every model call: the tenant's budgets are checked before it, and after it its tokens go to the
 * tenant's daily budget, and an {@code LlmUsageRecorded}
 * event goes on {@code ai.usage.v1} so analytics can show cost per tenant and per lead. Records of one
 * tenant share the key {@code tenantId:<usage stream id>} (a name-based id of the tenant), so they stay in
 * order on one partition. Each event has its own id: consumers count each call once. A failure to record
 * is logged and never fails the user's request.
 */
@Component
public class UsageMeter implements ModelMeter {

    private static final Logger log = LoggerFactory.getLogger(UsageMeter.class);

    private final TokenBudgets budgets;
    private final EventPublisher events;
    private final Clock clock;

    UsageMeter(TokenBudgets budgets, EventPublisher events, Clock clock) {
        this.budgets = budgets;
        this.events = events;
        this.clock = clock;
    }

    /** The id of a tenant's usage stream: the aggregate of its {@code ai.usage.v1} records. */
    public static UUID usageStream(UUID tenantId) {
        return UUID.nameUUIDFromBytes(("ai-usage:" + tenantId).getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public Mono<Void> admit(UUID tenantId, long estimatedInputTokens) {
        return budgets.ensureAvailable(tenantId, estimatedInputTokens);
    }

    @Override
    public Mono<Void> record(ModelUsage usage) {
        LlmUsageRecorded payload = new LlmUsageRecorded("gemini", usage.model(), usage.operation(),
                usage.inputTokens(), usage.outputTokens(), usage.costMicroUsd(), usage.leadId());
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), usage.tenantId(), clock.instant(),
                usage.correlationId() == null ? UUID.randomUUID().toString() : usage.correlationId(), null, payload);
        String key = new AggregateKey(usage.tenantId(), usageStream(usage.tenantId())).value();
        Mono<Void> spend = budgets.spend(usage.tenantId(), usage.totalTokens())
                .onErrorResume(e -> {
                    log.error("Token use could not be added to the daily budget: {}", e.toString());
                    return Mono.empty();
                })
                .then();
        Mono<Void> publish = events.publish(Topics.AI_USAGE, key, envelope)
                .retryWhen(Retry.backoff(2, java.time.Duration.ofMillis(200)))
                .onErrorResume(e -> {
                    log.error("Usage event {} could not be published: {}", envelope.eventId(), e.toString());
                    return Mono.empty();
                });
        return Mono.when(spend, publish);
    }
}
