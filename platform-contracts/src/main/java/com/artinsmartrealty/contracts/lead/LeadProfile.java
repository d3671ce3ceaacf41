package com.artinsmartrealty.contracts.lead;

/**
 * What a lead wants, as far as the conversation knows. Unknown slots are null. Budgets are whole
 * units of {@code currency} (ISO 4217, e.g. {@code AED}).
 */
public record LeadProfile(
        Goal goal,
        Long budgetMin,
        Long budgetMax,
        String currency,
        PropertyType propertyType,
        Transaction transaction,
        String area,
        Integer bedrooms) {

    public LeadProfile {
        if (budgetMin != null && budgetMax != null && budgetMin > budgetMax) {
            throw new IllegalArgumentException("budgetMin must not exceed budgetMax");
        }
        if ((budgetMin != null || budgetMax != null) && currency == null) {
            throw new IllegalArgumentException("a budget needs a currency");
        }
    }

    public static LeadProfile empty() {
        return new LeadProfile(null, null, null, null, null, null, null, null);
    }
}
