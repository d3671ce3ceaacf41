package com.artinsmartrealty.nlu.budget;

/** What a message says about a budget. */
public sealed interface BudgetReading {

    /**
     * A budget; one bound may be null ("up to 2M", "at least 800k"). Amounts are whole units of
     * {@code currency} (ISO 4217).
     */
    record Found(Long min, Long max, String currency) implements BudgetReading {
    }

    /** No amount in the message. */
    record NotFound() implements BudgetReading {
    }

    /** An amount that cannot be a property budget. */
    record Implausible(Problem problem) implements BudgetReading {
    }

    /** Why an amount cannot be a budget. */
    enum Problem {
        ZERO, NEGATIVE, TOO_SMALL, TOO_LARGE
    }
}
