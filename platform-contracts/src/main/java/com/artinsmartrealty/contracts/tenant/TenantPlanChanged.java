package com.artinsmartrealty.contracts.tenant;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;

/** An agency changed plan or price. */
public record TenantPlanChanged(String plan, long monthlyPriceMinor, String currency) implements EventPayload {

    public TenantPlanChanged {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(currency, "currency");
        if (monthlyPriceMinor < 0) {
            throw new IllegalArgumentException("monthlyPriceMinor must not be negative");
        }
    }
}
