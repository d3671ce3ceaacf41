package com.artinsmartrealty.ai.usage;

import java.util.Map;
import java.util.UUID;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token budgets of model calls.
 *
 * @param maxInputTokensPerRequest the largest request (estimated input tokens) sent to a model
 * @param dailyTokensPerTenant     tokens (input and output) a tenant may use per UTC day
 * @param dailyTokensByTenant      other daily budgets for particular tenants
 */
@ConfigurationProperties("ai.budget")
public record BudgetProperties(long maxInputTokensPerRequest, long dailyTokensPerTenant,
                               Map<UUID, Long> dailyTokensByTenant) {

    public BudgetProperties {
        maxInputTokensPerRequest = maxInputTokensPerRequest <= 0 ? 200_000 : maxInputTokensPerRequest;
        dailyTokensPerTenant = dailyTokensPerTenant <= 0 ? 2_000_000 : dailyTokensPerTenant;
        dailyTokensByTenant = dailyTokensByTenant == null ? Map.of() : Map.copyOf(dailyTokensByTenant);
    }

    public long dailyTokens(UUID tenantId) {
        return dailyTokensByTenant.getOrDefault(tenantId, dailyTokensPerTenant);
    }
}
