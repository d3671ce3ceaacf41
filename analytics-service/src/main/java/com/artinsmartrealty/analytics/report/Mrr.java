package com.artinsmartrealty.analytics.report;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The platform owner's revenue view: MRR now (per currency), its last twelve months with tenant
 * growth and churn, and every agency with its plan.
 */
public record Mrr(List<MrrTimeline.Amount> mrr, long activeTenants, long suspendedTenants,
                  List<MrrTimeline.Month> months, List<TenantPlan> tenants) {

    public record TenantPlan(UUID tenantId, String slug, String name, String plan, Long monthlyPriceMinor,
                             String currency, String status, Instant registeredAt) {
    }
}
