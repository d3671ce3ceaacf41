package com.artinsmartrealty.analytics.report;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Monthly recurring revenue over time, folded from the tenants' registrations, plan changes and
 * status changes: at each month's end, the sum of the monthly prices of the active agencies (per
 * currency), how many joined in the month and how many were suspended (churned) in it.
 */
public final class MrrTimeline {

    /** One fact from {@code tenant_history}. */
    public record Change(UUID tenantId, Instant at, String kind, String plan, Long monthlyPriceMinor,
                         String currency, String status) {
    }

    /** The platform at the end of a month (or now, for the current month). */
    public record Month(String month, List<Amount> mrr, long activeTenants, long newTenants, long churnedTenants) {
    }

    public record Amount(String currency, long amountMinor) {
    }

    private MrrTimeline() {
    }

    public static List<Month> fold(List<Change> changes, YearMonth first, YearMonth last) {
        List<Change> ordered = changes.stream().sorted(Comparator.comparing(Change::at)).toList();
        Map<UUID, Tenant> tenants = new HashMap<>();
        List<Month> months = new ArrayList<>();
        int next = 0;
        for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            long joined = 0;
            long churned = 0;
            Instant start = month.atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC);
            while (next < ordered.size() && ordered.get(next).at().isBefore(end)) {
                Change change = ordered.get(next++);
                Tenant before = tenants.getOrDefault(change.tenantId(), Tenant.UNKNOWN);
                Tenant after = before.evolve(change);
                tenants.put(change.tenantId(), after);
                boolean inMonth = !change.at().isBefore(start);
                if (inMonth && "registered".equals(change.kind()) && !before.registered()) {
                    joined++;
                }
                if (inMonth && before.active() && !after.active()) {
                    churned++;
                }
            }
            months.add(new Month(month.toString(), mrr(tenants.values()),
                    tenants.values().stream().filter(Tenant::active).count(), joined, churned));
        }
        return months;
    }

    private static List<Amount> mrr(Iterable<Tenant> tenants) {
        Map<String, Long> byCurrency = new TreeMap<>();
        for (Tenant tenant : tenants) {
            if (tenant.active() && tenant.currency() != null && tenant.price() != null) {
                byCurrency.merge(tenant.currency(), tenant.price(), Long::sum);
            }
        }
        return byCurrency.entrySet().stream().map(entry -> new Amount(entry.getKey(), entry.getValue())).toList();
    }

    private record Tenant(boolean registered, String status, Long price, String currency) {

        static final Tenant UNKNOWN = new Tenant(false, "active", null, null);

        boolean active() {
            return registered && "active".equals(status);
        }

        Tenant evolve(Change change) {
            return switch (change.kind()) {
                case "registered" -> new Tenant(true, status,
                        price != null ? price : change.monthlyPriceMinor(),
                        currency != null ? currency : change.currency());
                case "plan" -> new Tenant(registered, status, change.monthlyPriceMinor(), change.currency());
                case "status" -> new Tenant(registered, change.status(), price, currency);
                default -> this;
            };
        }
    }
}
