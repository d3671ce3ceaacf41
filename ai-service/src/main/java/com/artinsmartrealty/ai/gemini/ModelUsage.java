package com.artinsmartrealty.ai.gemini;

import java.util.UUID;

/** What one model call used, and what it cost in micro-dollars. */
public record ModelUsage(UUID tenantId, UUID leadId, String correlationId, String operation, String model,
                         long inputTokens, long outputTokens, long costMicroUsd) {

    public long totalTokens() {
        return inputTokens + outputTokens;
    }
}
