package com.artinsmartrealty.lead.matching;

import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.inventory.Listing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Yields and a five-year projection: gross yield is the expected yearly rent over the price, net
 * yield takes the service charges off the rent first; the value grows by the tenant's appreciation
 * assumption each year, and the five-year return is five years of net rent plus the value gained,
 * over the price.
 */
public final class RoiCalculator {

    static final int YEARS = 5;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private RoiCalculator() {
    }

    /** The projection of a sale listing with an expected rent; empty for rentals and unknown rents. */
    public static Optional<Projection> project(Listing listing, BigDecimal appreciationPct) {
        if (listing.transaction() != Transaction.BUY || listing.expectedAnnualRent() == null
                || listing.expectedAnnualRent() <= 0) {
            return Optional.empty();
        }
        long price = listing.price();
        long rent = listing.expectedAnnualRent();
        long charges = listing.annualServiceCharges() == null ? 0 : listing.annualServiceCharges();
        BigDecimal growth = BigDecimal.ONE.add(appreciationPct.divide(HUNDRED, 10, RoundingMode.HALF_UP));
        List<Long> values = new ArrayList<>(YEARS);
        BigDecimal value = BigDecimal.valueOf(price);
        for (int year = 1; year <= YEARS; year++) {
            value = value.multiply(growth);
            values.add(value.setScale(0, RoundingMode.HALF_UP).longValueExact());
        }
        long netRent5y = (rent - charges) * YEARS;
        long gain = values.getLast() - price;
        return Optional.of(new Projection(rent, charges, percent(rent, price), percent(rent - charges, price),
                appreciationPct.setScale(2, RoundingMode.HALF_UP), values, netRent5y,
                percent(netRent5y + gain, price)));
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
