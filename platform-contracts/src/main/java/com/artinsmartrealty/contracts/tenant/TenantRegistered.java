package com.artinsmartrealty.contracts.tenant;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;

/**
 * An agency joined the platform.
 *
 * @param monthlyPriceMinor the plan's monthly price in minor units of {@code currency}
 */
public record TenantRegistered(String slug, String name, String plan, long monthlyPriceMinor, String currency,
                               String timeZone) implements EventPayload {

    public TenantRegistered {
        Objects.requireNonNull(slug, "slug");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(timeZone, "timeZone");
        if (monthlyPriceMinor < 0) {
            throw new IllegalArgumentException("monthlyPriceMinor must not be negative");
        }
    }
}
