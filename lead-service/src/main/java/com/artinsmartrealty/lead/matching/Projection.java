package com.artinsmartrealty.lead.matching;

import java.math.BigDecimal;
import java.util.List;

/**
 * A sale listing's return if let at its expected rent. Percentages are per cent; amounts whole units
 * of the listing's currency.
 *
 * @param yearlyValues the property's value at the end of years 1 to 5
 */
public record Projection(long annualRent, long annualServiceCharges, BigDecimal grossYieldPct,
                         BigDecimal netYieldPct, BigDecimal appreciationPct, List<Long> yearlyValues,
                         long netRent5y, BigDecimal projectedReturnPct5y) {

    public Projection {
        yearlyValues = List.copyOf(yearlyValues);
    }

    public long projectedValue5y() {
        return yearlyValues.getLast();
    }
}
