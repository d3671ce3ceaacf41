package com.artinsmartrealty.contracts.api.lead;

import java.math.BigDecimal;

/**
 * A listing's return projection. Percentages are per cent (6.5 = 6.5 %); values are whole units of the
 * listing's currency.
 *
 * @param annualRent           expected yearly rent
 * @param grossYieldPct        annual rent / price
 * @param netYieldPct          (annual rent - service charges) / price
 * @param appreciationPct      the tenant's yearly appreciation assumption
 * @param projectedValue5y     price after five years of appreciation
 * @param projectedReturnPct5y five years of net rent plus appreciation, over the price
 */
public record Roi(long annualRent, BigDecimal grossYieldPct, BigDecimal netYieldPct, BigDecimal appreciationPct,
                  long projectedValue5y, BigDecimal projectedReturnPct5y) {
}
