package com.artinsmartrealty.conversation.slots;

import com.artinsmartrealty.contracts.lead.Transaction;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A budget range offered as a button: purchase prices, or yearly rents, in the tenant's currency. The
 * button carries the range itself ({@code budget:AED:1000000-2000000}), so an old button pressed later
 * still means what it said.
 */
public record BudgetBand(Long min, Long max, String currency) {

    static final String PREFIX = "budget:";
    private static final Pattern DATA = Pattern.compile("budget:([A-Z]{3}):(\\d{0,15})-(\\d{0,15})");

    /** Bands for Dubai prices in dirhams; other currencies are typed. */
    public static List<BudgetBand> forTransaction(Transaction transaction, String currency) {
        if (!"AED".equals(currency)) {
            return List.of();
        }
        return transaction == Transaction.RENT
                ? List.of(band(null, 100_000L), band(100_000L, 200_000L), band(200_000L, 400_000L),
                        band(400_000L, null))
                : List.of(band(null, 1_000_000L), band(1_000_000L, 2_000_000L), band(2_000_000L, 5_000_000L),
                        band(5_000_000L, null));
    }

    public String data() {
        return PREFIX + currency + ":" + (min == null ? "" : min) + "-" + (max == null ? "" : max);
    }

    public Budget budget() {
        return new Budget(min, max, currency);
    }

    /** The budget a pressed button stands for; empty for anything that is not a valid band. */
    public static Optional<Budget> parse(String data) {
        Matcher matcher = DATA.matcher(data);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Long min = matcher.group(2).isEmpty() ? null : Long.parseLong(matcher.group(2));
        Long max = matcher.group(3).isEmpty() ? null : Long.parseLong(matcher.group(3));
        if ((min == null && max == null) || (min != null && max != null && min > max)) {
            return Optional.empty();
        }
        return Optional.of(new Budget(min, max, matcher.group(1)));
    }

    private static BudgetBand band(Long min, Long max) {
        return new BudgetBand(min, max, "AED");
    }
}
