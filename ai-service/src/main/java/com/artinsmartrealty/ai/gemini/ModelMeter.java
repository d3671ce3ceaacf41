package com.artinsmartrealty.ai.gemini;

import java.util.UUID;
import reactor.core.publisher.Mono;

/** What every model call passes through: the tenant's token budgets before it, usage recording after it. */
public interface ModelMeter {

    /** Completes when a call of about {@code estimatedInputTokens} may be made; {@link BudgetExceeded} when not. */
    Mono<Void> admit(UUID tenantId, long estimatedInputTokens);

    /** Records what a call used; never fails. */
    Mono<Void> record(ModelUsage usage);
}
