package com.artinsmartrealty.ai.gemini;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import reactor.core.publisher.Mono;

/** A meter that admits calls while its budget lasts and keeps what was recorded, for tests of the model adapter. */
final class RecordingMeter implements ModelMeter {

    final List<ModelUsage> recorded = new CopyOnWriteArrayList<>();
    volatile boolean overBudget;

    @Override
    public Mono<Void> admit(UUID tenantId, long estimatedInputTokens) {
        return overBudget ? Mono.error(new BudgetExceeded("test budget used up")) : Mono.empty();
    }

    @Override
    public Mono<Void> record(ModelUsage usage) {
        return Mono.fromRunnable(() -> recorded.add(usage));
    }
}
