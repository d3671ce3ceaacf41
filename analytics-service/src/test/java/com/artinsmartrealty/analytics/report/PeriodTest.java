package com.artinsmartrealty.analytics.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class PeriodTest {

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);

    @Test
    void withoutBoundsItIsTheLastThirtyDaysUpToNow() {
        Period period = Period.parse(null, null, clock);

        assertThat(period.to()).isEqualTo(clock.instant());
        assertThat(period.from()).isEqualTo(Instant.parse("2026-10-25T12:00:00Z"));
    }

    @Test
    void datesAreWholeUtcDaysWithTheLastDayIncluded() {
        Period period = Period.parse("2026-11-01", "2026-11-24", clock);

        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-01T00:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-25T00:00:00Z"));
        assertThat(period.lastDay()).hasToString("2026-11-24");
    }

    @Test
    void nonsenseAndBackwardsAndEndlessPeriodsAreBadRequests() {
        assertThatThrownBy(() -> Period.parse("yesterday", null, clock)).isInstanceOf(ResponseStatusException.class)
                .hasMessageContaining("400");
        assertThatThrownBy(() -> Period.parse("2026-11-24", "2026-11-01", clock))
                .isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> Period.parse("2020-01-01", "2026-11-01", clock))
                .isInstanceOf(ResponseStatusException.class);
    }
}
