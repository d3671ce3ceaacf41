package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;

/**
 * What a lead wants. Unknown slots are null; budgets are whole units of {@code currency}.
 */
public record Profile(Goal goal, Long budgetMin, Long budgetMax, String currency, PropertyType propertyType,
                      Transaction transaction, String area, Integer bedrooms) {

    public static final Profile EMPTY = new Profile(null, null, null, null, null, null, null, null);

    /** How many of the six slots are known. */
    public int filledSlots() {
        int filled = 0;
        filled += goal != null ? 1 : 0;
        filled += budgetMin != null || budgetMax != null ? 1 : 0;
        filled += propertyType != null ? 1 : 0;
        filled += transaction != null ? 1 : 0;
        filled += area != null && !area.isBlank() ? 1 : 0;
        filled += bedrooms != null ? 1 : 0;
        return filled;
    }

    public static final int SLOTS = 6;
}
