package com.artinsmartrealty.ai.gemini;

/** A model call the tenant's token budgets do not allow. */
public final class BudgetExceeded extends RuntimeException {

    public BudgetExceeded(String message) {
        super(message, null, false, false);
    }
}
