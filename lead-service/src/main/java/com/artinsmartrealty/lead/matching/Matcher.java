package com.artinsmartrealty.lead.matching;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.inventory.Listing;
import com.artinsmartrealty.lead.leads.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * Picks the listings to offer a lead. Within the budget (widened by the tolerance) listings are
 * ranked by the lead's goal: investment by projected five-year return and net yield, residency with
 * visa-eligible listings first, living by fit (type, bedrooms, area). The requested property type
 * comes first whatever the goal. When nothing fits the budget, the nearest listings above it are
 * offered, or rentals to a buyer whose budget is far from the cheapest sale.
 */
public final class Matcher {

    public static final int MIN_RESULTS = 3;
    public static final int MAX_RESULTS = 5;
    /** A buyer is offered listings above budget up to this far; further away, rentals if there are any. */
    static final BigDecimal NEAR_ABOVE_BUDGET = new BigDecimal("1.5");

    private final BigDecimal tolerancePct;
    private final BigDecimal appreciationPct;

    public Matcher(BigDecimal tolerancePct, BigDecimal appreciationPct) {
        this.tolerancePct = tolerancePct;
        this.appreciationPct = appreciationPct;
    }

    /** The best listings for {@code profile}; {@code limit} is held between 3 and 5. */
    public MatchResult match(Profile profile, List<Listing> inventory, int limit) {
        int count = Math.clamp(limit <= 0 ? MAX_RESULTS : limit, MIN_RESULTS, MAX_RESULTS);
        List<Listing> offered = inventory.stream()
                .filter(Listing::active)
                .filter(listing -> profile.currency() == null
                        || listing.currency().equalsIgnoreCase(profile.currency()))
                .toList();
        List<Listing> sameTransaction = offered.stream()
                .filter(listing -> profile.transaction() == null || listing.transaction() == profile.transaction())
                .toList();
        List<Listing> inBudget = sameTransaction.stream().filter(this.inBudget(profile)).toList();
        List<Listing> above = sameTransaction.stream()
                .filter(listing -> profile.budgetMax() != null && listing.price() > upperBound(profile))
                .sorted(Comparator.comparing((Listing listing) -> !typeMatches(profile, listing))
                        .thenComparingLong(Listing::price))
                .toList();
        if (!inBudget.isEmpty()) {
            MatchResult within = result(Fit.WITHIN_BUDGET, rank(profile, inBudget), profile, count);
            // Fewer than three within budget: the nearest above it complete the offer, saying so.
            int missing = Math.min(MIN_RESULTS, count) - within.matches().size();
            if (missing <= 0 || above.isEmpty()) {
                return within;
            }
            List<Match> padded = new ArrayList<>(within.matches());
            padded.addAll(result(Fit.ABOVE_BUDGET, above, profile, missing).matches()
                    .subList(0, Math.min(missing, above.size())));
            return new MatchResult(Fit.WITHIN_BUDGET, padded);
        }
        List<Listing> rentals = profile.transaction() != Transaction.RENT && profile.goal() != Goal.INVESTMENT
                ? offered.stream().filter(listing -> listing.transaction() == Transaction.RENT)
                        .sorted(byFit(profile).thenComparingLong(Listing::price)).toList()
                : List.of();
        boolean nearlyAffordable = !above.isEmpty() && BigDecimal.valueOf(above.getFirst().price())
                .compareTo(BigDecimal.valueOf(profile.budgetMax()).multiply(NEAR_ABOVE_BUDGET)) <= 0;
        if (!nearlyAffordable && !rentals.isEmpty()) {
            return result(Fit.RENT_INSTEAD, rentals, profile, count);
        }
        if (!above.isEmpty()) {
            return result(Fit.ABOVE_BUDGET, above, profile, count);
        }
        return new MatchResult(Fit.NO_INVENTORY, List.of());
    }

    /** Whether a listing's price is within the lead's budget, widened by the tolerance. */
    public Predicate<Listing> inBudget(Profile profile) {
        return listing -> {
            if (profile.budgetMin() != null && BigDecimal.valueOf(listing.price()).compareTo(lowerBound(profile)) < 0) {
                return false;
            }
            return profile.budgetMax() == null || listing.price() <= upperBound(profile);
        };
    }

    private MatchResult result(Fit fit, List<Listing> ranked, Profile profile, int count) {
        List<Match> matches = new ArrayList<>();
        for (Listing listing : ranked.subList(0, Math.min(count, ranked.size()))) {
            Projection projection = RoiCalculator.project(listing, appreciationPct).orElse(null);
            matches.add(new Match(listing, reason(fit, profile, listing, projection), projection));
        }
        return new MatchResult(fit, matches);
    }

    private List<Listing> rank(Profile profile, List<Listing> listings) {
        Comparator<Listing> typeFirst = Comparator.comparing(listing -> !typeMatches(profile, listing));
        Comparator<Listing> byGoal = switch (profile.goal() == null ? Goal.LIVING : profile.goal()) {
            case INVESTMENT -> Comparator.comparing((Listing listing) -> projection(listing)
                            .map(Projection::projectedReturnPct5y).orElse(null),
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(listing -> projection(listing).map(Projection::netYieldPct).orElse(null),
                            Comparator.nullsLast(Comparator.reverseOrder()))
                    .thenComparing(byFit(profile));
            case RESIDENCY -> Comparator.comparing((Listing listing) -> !listing.residencyEligible())
                    .thenComparing(byFit(profile))
                    .thenComparingLong(Listing::price);
            case LIVING -> byFit(profile).thenComparingLong(listing -> distanceToBudget(profile, listing));
        };
        return listings.stream().sorted(typeFirst.thenComparing(byGoal).thenComparing(Listing::reference)).toList();
    }

    private java.util.Optional<Projection> projection(Listing listing) {
        return RoiCalculator.project(listing, appreciationPct);
    }

    private static Comparator<Listing> byFit(Profile profile) {
        return Comparator.comparingInt((Listing listing) -> fitScore(profile, listing)).reversed();
    }

    static int fitScore(Profile profile, Listing listing) {
        int score = 0;
        if (profile.bedrooms() != null && listing.bedrooms() != null) {
            int difference = Math.abs(profile.bedrooms() - listing.bedrooms());
            score += difference == 0 ? 2 : difference == 1 ? 1 : 0;
        }
        if (areaMatches(profile, listing)) {
            score += 2;
        }
        return score;
    }

    static boolean typeMatches(Profile profile, Listing listing) {
        return profile.propertyType() == null || profile.propertyType() == listing.type();
    }

    static boolean areaMatches(Profile profile, Listing listing) {
        if (profile.area() == null || profile.area().isBlank()) {
            return false;
        }
        String wanted = profile.area().strip().toLowerCase(Locale.ROOT);
        String community = listing.community().toLowerCase(Locale.ROOT);
        return community.contains(wanted) || wanted.contains(community);
    }

    private static long distanceToBudget(Profile profile, Listing listing) {
        if (profile.budgetMax() == null && profile.budgetMin() == null) {
            return listing.price();
        }
        long low = profile.budgetMin() != null ? profile.budgetMin() : profile.budgetMax();
        long high = profile.budgetMax() != null ? profile.budgetMax() : profile.budgetMin();
        long target = low + (high - low) / 2;
        return Math.abs(listing.price() - target);
    }

    private long upperBound(Profile profile) {
        return BigDecimal.valueOf(profile.budgetMax()).multiply(widen(1)).setScale(0, RoundingMode.DOWN).longValue();
    }

    private BigDecimal lowerBound(Profile profile) {
        return BigDecimal.valueOf(profile.budgetMin()).multiply(widen(-1));
    }

    private BigDecimal widen(int sign) {
        return BigDecimal.ONE.add(tolerancePct.movePointLeft(2).multiply(BigDecimal.valueOf(sign)));
    }

    private static Reason reason(Fit fit, Profile profile, Listing listing, Projection projection) {
        List<Reason.Part> parts = new ArrayList<>();
        switch (fit) {
            case WITHIN_BUDGET -> {
                if (profile.goal() == Goal.INVESTMENT && projection != null) {
                    parts.add(Reason.Part.of("reason.netYield", projection.netYieldPct()));
                    parts.add(Reason.Part.of("reason.return5y", projection.projectedReturnPct5y()));
                }
                if (profile.goal() == Goal.RESIDENCY && listing.residencyEligible()) {
                    parts.add(Reason.Part.of("reason.residency"));
                }
                detailParts(profile, listing, parts);
                if (profile.budgetMax() != null && listing.price() > profile.budgetMax()) {
                    parts.add(Reason.Part.of("reason.slightlyAbove", listing.price() - profile.budgetMax(),
                            listing.currency()));
                } else if (profile.budgetMax() != null || profile.budgetMin() != null) {
                    parts.add(Reason.Part.of("reason.withinBudget"));
                }
            }
            case ABOVE_BUDGET -> {
                parts.add(Reason.Part.of("reason.aboveBudget", listing.price() - profile.budgetMax(),
                        listing.currency()));
                detailParts(profile, listing, parts);
            }
            case RENT_INSTEAD -> {
                parts.add(Reason.Part.of("reason.rentInstead", listing.price(), listing.currency()));
                detailParts(profile, listing, parts);
            }
            case NO_INVENTORY -> throw new IllegalStateException("no match without inventory");
        }
        if (profile.propertyType() != null && listing.type() != profile.propertyType()) {
            parts.add(Reason.Part.of("reason.otherType"));
        }
        return new Reason(parts);
    }

    private static void detailParts(Profile profile, Listing listing, List<Reason.Part> parts) {
        if (listing.bedrooms() != null && profile.bedrooms() != null
                && listing.bedrooms().equals(profile.bedrooms())) {
            parts.add(Reason.Part.of("reason.bedrooms", listing.bedrooms()));
        }
        if (areaMatches(profile, listing)) {
            parts.add(Reason.Part.of("reason.inArea", listing.community()));
        } else {
            parts.add(Reason.Part.of("reason.community", listing.community()));
        }
        if (listing.handoverDate() != null) {
            parts.add(Reason.Part.of("reason.offPlan", listing.handoverDate().getYear()));
        }
    }
}
