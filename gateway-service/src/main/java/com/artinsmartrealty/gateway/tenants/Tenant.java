package com.artinsmartrealty.gateway.tenants;

import java.time.Instant;
import java.util.UUID;

/**
 * An agency on the platform.
 *
 * @param status            {@code active} or {@code suspended}
 * @param monthlyPriceMinor the plan's price in minor units of {@code currency}
 */
public record Tenant(UUID id, String slug, String name, String status, String plan, long monthlyPriceMinor,
                     String currency, String timeZone, Instant createdAt) {

    public static final String ACTIVE = "active";
    public static final String SUSPENDED = "suspended";

    public boolean active() {
        return ACTIVE.equals(status);
    }
}
