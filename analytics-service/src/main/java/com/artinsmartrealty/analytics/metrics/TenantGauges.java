package com.artinsmartrealty.analytics.metrics;

import com.artinsmartrealty.analytics.AnalyticsProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The whitepaper's key metrics per agency as Prometheus gauges, recomputed every
 * {@code analytics.metrics-refresh} over the last {@code analytics.metrics-window} (whole UTC days)
 * from the platform table {@code tenant_daily}: {@code conversation_completion_rate},
 * {@code lead_qualification_rate} and {@code slot_filling_duration_avg_seconds}, labelled
 * {@code tenant}. Every instance reports the same values; alert rules take the max per tenant.
 */
@Component
class TenantGauges implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TenantGauges.class);

    private final DatabaseClient db;
    private final AnalyticsProperties properties;
    private final Clock clock;
    private final MultiGauge completion;
    private final MultiGauge qualification;
    private final MultiGauge slotFilling;
    private Disposable refreshing;

    TenantGauges(DatabaseClient db, AnalyticsProperties properties, Clock clock, MeterRegistry registry) {
        this.db = db;
        this.properties = properties;
        this.clock = clock;
        this.completion = MultiGauge.builder("conversation_completion_rate")
                .description("Share of leads started in the window whose conversation reached COMPLETED")
                .register(registry);
        this.qualification = MultiGauge.builder("lead_qualification_rate")
                .description("Share of leads started in the window that gave a phone number")
                .register(registry);
        this.slotFilling = MultiGauge.builder("slot_filling_duration_avg")
                .description("Average time to fill the required slots, per conversation that finished them")
                .baseUnit("seconds")
                .register(registry);
    }

    Mono<List<TenantKpis>> refresh() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate first = today.minusDays(Math.max(1, properties.metricsWindow().toDays()) - 1);
        return db.sql("""
                        select d.tenant_id, t.slug, sum(leads_started) as started,
                               sum(conversations_completed) as completed, sum(phones_captured) as phones,
                               sum(slot_filling_ms) as slot_ms, sum(d.slot_filling_done) as slot_done
                        from tenant_daily d left join tenants t on t.tenant_id = d.tenant_id
                        where d.day >= $1 and d.day <= $2
                        group by d.tenant_id, t.slug""")
                .bind(0, first).bind(1, today)
                .map((row, meta) -> new TenantKpis(row.get("tenant_id", UUID.class), row.get("slug", String.class),
                        number(row.get("started")), number(row.get("completed")), number(row.get("phones")),
                        number(row.get("slot_ms")), number(row.get("slot_done"))))
                .all().collectList()
                .doOnNext(kpis -> {
                    completion.register(rows(kpis, TenantKpis::conversationCompletionRate), true);
                    qualification.register(rows(kpis, TenantKpis::leadQualificationRate), true);
                    slotFilling.register(rows(kpis, TenantKpis::slotFillingDurationAvgSeconds), true);
                });
    }

    private static List<MultiGauge.Row<?>> rows(List<TenantKpis> kpis, Function<TenantKpis, Optional<Double>> metric) {
        List<MultiGauge.Row<?>> rows = new java.util.ArrayList<>();
        for (TenantKpis tenant : kpis) {
            metric.apply(tenant).ifPresent(value -> rows.add(MultiGauge.Row.of(Tags.of("tenant", tenant.tenantLabel()),
                    value)));
        }
        return rows;
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    @Override
    public void start() {
        refreshing = Flux.interval(java.time.Duration.ZERO, properties.metricsRefresh())
                .onBackpressureDrop()
                .concatMap(tick -> refresh()
                        .onErrorResume(error -> {
                            log.warn("Tenant gauges not refreshed: {}", error.toString());
                            return Mono.empty();
                        }))
                .subscribe();
    }

    @Override
    public void stop() {
        if (refreshing != null) {
            refreshing.dispose();
        }
    }

    @Override
    public boolean isRunning() {
        return refreshing != null && !refreshing.isDisposed();
    }
}
