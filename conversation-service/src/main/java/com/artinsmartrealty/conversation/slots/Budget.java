package com.artinsmartrealty.conversation.slots;

import java.util.Objects;

/**
 * A budget in whole units of {@code currency} (ISO 4217). One bound may be open: "up to 3M" has no
 * minimum, "at least 800K" no maximum.
 */
public record Budget(Long min, Long max, String currency) {

    public Budget {
        Objects.requireNonNull(currency, "currency");
        if (min == null && max == null) {
            throw new IllegalArgumentException("a budget needs at least one bound");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("min must not exceed max");
        }
    }
}
