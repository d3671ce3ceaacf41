package com.artinsmartrealty.contracts.ai;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A language model call was made for a tenant.
 *
 * @param operation      {@code understand}, {@code reply}, {@code transcribe} or {@code vision}
 * @param costMicroUsd   the estimated cost in millionths of a US dollar
 * @param leadId         the lead the call served, or null
 */
public record LlmUsageRecorded(String provider, String model, String operation, long inputTokens,
                               long outputTokens, long costMicroUsd, UUID leadId) implements EventPayload {

    public LlmUsageRecorded {
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(operation, "operation");
        if (inputTokens < 0 || outputTokens < 0 || costMicroUsd < 0) {
            throw new IllegalArgumentException("usage must not be negative");
        }
    }
}
