package com.artinsmartrealty.lead.leads;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LeadStatusTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "NEW, QUALIFIED, true", "NEW, CONTACTED, true", "NEW, VIEWING_SCHEDULED, true", "NEW, CLOSED_LOST, true",
        "NEW, NEGOTIATING, false", "NEW, CLOSED_WON, false",
        "QUALIFIED, CONTACTED, true", "QUALIFIED, NEW, false", "QUALIFIED, NEGOTIATING, false",
        "CONTACTED, VIEWING_SCHEDULED, true", "CONTACTED, NEGOTIATING, true", "CONTACTED, CLOSED_WON, false",
        "VIEWING_SCHEDULED, NEGOTIATING, true", "VIEWING_SCHEDULED, CLOSED_WON, true",
        "VIEWING_SCHEDULED, CONTACTED, true", "VIEWING_SCHEDULED, QUALIFIED, false",
        "NEGOTIATING, CLOSED_WON, true", "NEGOTIATING, CLOSED_LOST, true", "NEGOTIATING, CONTACTED, false",
        "CLOSED_WON, CLOSED_LOST, false", "CLOSED_WON, CONTACTED, false",
        "CLOSED_LOST, CONTACTED, true", "CLOSED_LOST, CLOSED_WON, false"})
    void theLifecycleAllowsOnlyItsMoves(LeadStatus from, LeadStatus to, boolean allowed) {
        assertThat(from.canMoveTo(to)).isEqualTo(allowed);
    }
}
