package com.artinsmartrealty.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MrrTimelineTest {

    private static final UUID ALPHA = UUID.randomUUID();
    private static final UUID BETA = UUID.randomUUID();

    @Test
    void mrrAtEachMonthEndSumsTheActiveAgenciesPlansAndCountsGrowthAndChurn() {
        List<MrrTimeline.Change> history = List.of(
                registered(ALPHA, "2026-09-03T10:00:00Z", 49_900, "USD"),
                registered(BETA, "2026-10-10T10:00:00Z", 19_900, "USD"),
                plan(ALPHA, "2026-10-20T10:00:00Z", 99_900, "USD"),
                status(BETA, "2026-11-02T10:00:00Z", "suspended"));

        List<MrrTimeline.Month> months = MrrTimeline.fold(history, YearMonth.of(2026, 8), YearMonth.of(2026, 11));

        assertThat(months).extracting(MrrTimeline.Month::month)
                .containsExactly("2026-08", "2026-09", "2026-10", "2026-11");
        assertThat(months.get(0).mrr()).isEmpty();
        assertThat(months.get(1).mrr()).containsExactly(new MrrTimeline.Amount("USD", 49_900));
        assertThat(months.get(2).mrr()).containsExactly(new MrrTimeline.Amount("USD", 119_800));
        assertThat(months.get(3).mrr()).containsExactly(new MrrTimeline.Amount("USD", 99_900));
        assertThat(months).extracting(MrrTimeline.Month::newTenants).containsExactly(0L, 1L, 1L, 0L);
        assertThat(months).extracting(MrrTimeline.Month::churnedTenants).containsExactly(0L, 0L, 0L, 1L);
        assertThat(months).extracting(MrrTimeline.Month::activeTenants).containsExactly(0L, 1L, 2L, 1L);
    }

    @Test
    void currenciesAreNeverAddedTogetherAndAReactivatedAgencyCountsAgain() {
        List<MrrTimeline.Change> history = List.of(
                registered(ALPHA, "2026-10-01T00:00:00Z", 49_900, "USD"),
                registered(BETA, "2026-10-01T00:00:00Z", 150_000, "AED"),
                status(BETA, "2026-10-05T00:00:00Z", "suspended"),
                status(BETA, "2026-10-25T00:00:00Z", "active"));

        MrrTimeline.Month october = MrrTimeline.fold(history, YearMonth.of(2026, 10), YearMonth.of(2026, 10)).getFirst();

        assertThat(october.mrr()).containsExactly(new MrrTimeline.Amount("AED", 150_000),
                new MrrTimeline.Amount("USD", 49_900));
        assertThat(october.churnedTenants()).isEqualTo(1);
        assertThat(october.activeTenants()).isEqualTo(2);
    }

    @Test
    void aRepeatedRegistrationIsOneNewAgency() {
        List<MrrTimeline.Change> history = List.of(
                registered(ALPHA, "2026-10-01T00:00:00Z", 49_900, "USD"),
                registered(ALPHA, "2026-10-02T00:00:00Z", 49_900, "USD"));

        MrrTimeline.Month october = MrrTimeline.fold(history, YearMonth.of(2026, 10), YearMonth.of(2026, 10)).getFirst();

        assertThat(october.newTenants()).isEqualTo(1);
        assertThat(october.mrr()).containsExactly(new MrrTimeline.Amount("USD", 49_900));
    }

    private static MrrTimeline.Change registered(UUID tenant, String at, long price, String currency) {
        return new MrrTimeline.Change(tenant, Instant.parse(at), "registered", "growth", price, currency, "active");
    }

    private static MrrTimeline.Change plan(UUID tenant, String at, long price, String currency) {
        return new MrrTimeline.Change(tenant, Instant.parse(at), "plan", "scale", price, currency, null);
    }

    private static MrrTimeline.Change status(UUID tenant, String at, String status) {
        return new MrrTimeline.Change(tenant, Instant.parse(at), "status", null, null, null, status);
    }
}
