package com.artinsmartrealty.analytics.metrics;

import java.util.Optional;
import java.util.UUID;

/**
 * One agency's counts over the metrics window, and the whitepaper's key metrics derived from them.
 * A rate is absent when nothing started in the window, so an idle agency raises no alert.
 */
record TenantKpis(UUID tenantId, String slug, long leadsStarted, long conversationsCompleted, long phonesCaptured,
                  long slotFillingMillis, long slotFillingDone) {

    /** Share of started leads whose conversation reached COMPLETED. */
    Optional<Double> conversationCompletionRate() {
        return leadsStarted == 0 ? Optional.empty() : Optional.of((double) conversationsCompleted / leadsStarted);
    }

    /** Share of started leads that gave a phone number. */
    Optional<Double> leadQualificationRate() {
        return leadsStarted == 0 ? Optional.empty() : Optional.of((double) phonesCaptured / leadsStarted);
    }

    /** Slot filling time per conversation that finished slot filling, in seconds. */
    Optional<Double> slotFillingDurationAvgSeconds() {
        return slotFillingDone == 0 ? Optional.empty()
                : Optional.of(slotFillingMillis / 1000.0 / slotFillingDone);
    }

    String tenantLabel() {
        return slug != null ? slug : tenantId.toString();
    }
}
