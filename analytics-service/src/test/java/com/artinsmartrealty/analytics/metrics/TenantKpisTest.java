package com.artinsmartrealty.analytics.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TenantKpisTest {

    @Test
    void theWhitepaperMetricsAreSharesOfStartedLeadsAndSecondsPerFinishedSlotFilling() {
        TenantKpis kpis = new TenantKpis(UUID.randomUUID(), "demo", 10, 5, 3, 300_000, 4);

        assertThat(kpis.conversationCompletionRate()).contains(0.5);
        assertThat(kpis.leadQualificationRate()).contains(0.3);
        assertThat(kpis.slotFillingDurationAvgSeconds()).contains(75.0);
        assertThat(kpis.tenantLabel()).isEqualTo("demo");
    }

    @Test
    void anIdleAgencyHasNoRatesSoItRaisesNoAlert() {
        TenantKpis kpis = new TenantKpis(UUID.randomUUID(), null, 0, 0, 0, 0, 0);

        assertThat(kpis.conversationCompletionRate()).isEmpty();
        assertThat(kpis.leadQualificationRate()).isEmpty();
        assertThat(kpis.slotFillingDurationAvgSeconds()).isEmpty();
        assertThat(kpis.tenantLabel()).isEqualTo(kpis.tenantId().toString());
    }
}
