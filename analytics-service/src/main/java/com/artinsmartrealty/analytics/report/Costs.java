package com.artinsmartrealty.analytics.report;

import java.util.List;
import java.util.UUID;

/** Language model cost over a period, in millionths of a US dollar. */
public final class Costs {

    private Costs() {
    }

    /** One agency's cost, by model and operation, and per lead that qualified in the period. */
    public record TenantCosts(Period period, long calls, long inputTokens, long outputTokens, long costMicroUsd,
                              long qualifiedLeads, Long costPerQualifiedLeadMicroUsd, List<ModelCost> byModel,
                              List<DayCost> daily) {
    }

    public record ModelCost(String provider, String model, String operation, long calls, long inputTokens,
                            long outputTokens, long costMicroUsd) {
    }

    public record DayCost(String day, long costMicroUsd) {
    }

    /** The platform owner's view: every agency's cost and cost per qualified lead. */
    public record PlatformCosts(Period period, long costMicroUsd, List<TenantCost> tenants) {
    }

    public record TenantCost(UUID tenantId, String slug, String name, long calls, long costMicroUsd,
                             long qualifiedLeads, Long costPerQualifiedLeadMicroUsd) {
    }

    static Long perLead(long cost, long leads) {
        return leads == 0 ? null : Math.round((double) cost / leads);
    }
}
