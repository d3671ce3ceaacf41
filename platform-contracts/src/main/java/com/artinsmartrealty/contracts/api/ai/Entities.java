package com.artinsmartrealty.contracts.api.ai;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;

/**
 * What a message says about the lead's wishes; every field may be null. Budgets are whole units of
 * {@code currency} (ISO 4217); {@code phone} is E.164.
 */
public record Entities(Long budgetMin, Long budgetMax, String currency, PropertyType propertyType,
                       Transaction transaction, Goal goal, String area, Integer bedrooms, String phone) {

    public static Entities none() {
        return new Entities(null, null, null, null, null, null, null, null, null);
    }
}
