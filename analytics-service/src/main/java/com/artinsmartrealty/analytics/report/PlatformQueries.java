package com.artinsmartrealty.analytics.report;

import static com.artinsmartrealty.analytics.report.FunnelQueries.number;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Costs and revenue. A tenant's own costs are read under its row-level security; the platform
 * owner's views read the platform tables, which hold counts and plans only.
 */
@Component
class PlatformQueries {

    private static final int MRR_MONTHS = 12;

    private final TenantTransactions transactions;
    private final DatabaseClient db;
    private final Clock clock;

    PlatformQueries(TenantTransactions transactions, DatabaseClient db, Clock clock) {
        this.transactions = transactions;
        this.db = db;
        this.clock = clock;
    }

    Mono<Costs.TenantCosts> tenantCosts(UUID tenant, Period period) {
        Mono<List<Costs.ModelCost>> byModel = db.sql("""
                        select provider, model, operation, sum(calls) as calls, sum(input_tokens) as input,
                               sum(output_tokens) as output, sum(cost_micro_usd) as cost
                        from llm_usage_daily where day >= $1 and day <= $2
                        group by provider, model, operation order by cost desc, provider, model, operation""")
                .bind(0, period.firstDay()).bind(1, period.lastDay())
                .map((row, meta) -> new Costs.ModelCost(row.get("provider", String.class),
                        row.get("model", String.class), row.get("operation", String.class), number(row, "calls"),
                        number(row, "input"), number(row, "output"), number(row, "cost")))
                .all().collectList();
        Mono<List<Costs.DayCost>> daily = db.sql("""
                        select day, sum(cost_micro_usd) as cost from llm_usage_daily
                        where day >= $1 and day <= $2 group by day order by day""")
                .bind(0, period.firstDay()).bind(1, period.lastDay())
                .map((row, meta) -> new Costs.DayCost(row.get("day", LocalDate.class).toString(), number(row, "cost")))
                .all().collectList();
        Mono<Long> qualified = db.sql("select count(*) as n from leads where qualified_at >= $1 and qualified_at < $2")
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> number(row, "n"))
                .one();
        return transactions.inTenant(tenant, Mono.zip(byModel, daily, qualified)).map(t -> {
            List<Costs.ModelCost> models = t.getT1();
            long cost = models.stream().mapToLong(Costs.ModelCost::costMicroUsd).sum();
            return new Costs.TenantCosts(period, models.stream().mapToLong(Costs.ModelCost::calls).sum(),
                    models.stream().mapToLong(Costs.ModelCost::inputTokens).sum(),
                    models.stream().mapToLong(Costs.ModelCost::outputTokens).sum(), cost, t.getT3(),
                    Costs.perLead(cost, t.getT3()), models, t.getT2());
        });
    }

    Mono<Costs.PlatformCosts> platformCosts(Period period) {
        return db.sql("""
                        select d.tenant_id, t.slug, t.name, sum(d.llm_calls) as calls,
                               sum(d.llm_cost_micro_usd) as cost, sum(d.leads_qualified) as qualified
                        from tenant_daily d left join tenants t on t.tenant_id = d.tenant_id
                        where d.day >= $1 and d.day <= $2
                        group by d.tenant_id, t.slug, t.name order by cost desc, t.slug""")
                .bind(0, period.firstDay()).bind(1, period.lastDay())
                .map((row, meta) -> {
                    long cost = number(row, "cost");
                    long qualified = number(row, "qualified");
                    return new Costs.TenantCost(row.get("tenant_id", UUID.class), row.get("slug", String.class),
                            row.get("name", String.class), number(row, "calls"), cost, qualified,
                            Costs.perLead(cost, qualified));
                })
                .all().collectList()
                .map(tenants -> new Costs.PlatformCosts(period,
                        tenants.stream().mapToLong(Costs.TenantCost::costMicroUsd).sum(), tenants));
    }

    Mono<Mrr> mrr() {
        Mono<List<MrrTimeline.Change>> history = db.sql("""
                        select tenant_id, at, kind, plan, monthly_price_minor, currency, status from tenant_history""")
                .map((row, meta) -> new MrrTimeline.Change(row.get("tenant_id", UUID.class),
                        row.get("at", Instant.class), row.get("kind", String.class), row.get("plan", String.class),
                        row.get("monthly_price_minor", Long.class), row.get("currency", String.class),
                        row.get("status", String.class)))
                .all().collectList();
        Mono<List<Mrr.TenantPlan>> tenants = db.sql("""
                        select tenant_id, slug, name, plan, monthly_price_minor, currency, status, registered_at
                        from tenants order by registered_at nulls last, slug""")
                .map((row, meta) -> new Mrr.TenantPlan(row.get("tenant_id", UUID.class), row.get("slug", String.class),
                        row.get("name", String.class), row.get("plan", String.class),
                        row.get("monthly_price_minor", Long.class), row.get("currency", String.class),
                        row.get("status", String.class), row.get("registered_at", Instant.class)))
                .all().collectList();
        return Mono.zip(history, tenants).map(t -> {
            YearMonth now = YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
            List<MrrTimeline.Month> months = MrrTimeline.fold(t.getT1(), now.minusMonths(MRR_MONTHS - 1L), now);
            List<Mrr.TenantPlan> plans = t.getT2();
            List<MrrTimeline.Amount> current = currentMrr(plans);
            long active = plans.stream().filter(plan -> "active".equals(plan.status())).count();
            return new Mrr(current, active, plans.size() - active, months, plans);
        });
    }

    /** MRR now, from the tenants' current plans (agencies whose plan is not known yet count for nothing). */
    private static List<MrrTimeline.Amount> currentMrr(List<Mrr.TenantPlan> plans) {
        var byCurrency = new java.util.TreeMap<String, Long>();
        plans.stream()
                .filter(plan -> "active".equals(plan.status()) && plan.currency() != null
                        && plan.monthlyPriceMinor() != null)
                .forEach(plan -> byCurrency.merge(plan.currency(), plan.monthlyPriceMinor(), Long::sum));
        return byCurrency.entrySet().stream().map(e -> new MrrTimeline.Amount(e.getKey(), e.getValue())).toList();
    }
}
