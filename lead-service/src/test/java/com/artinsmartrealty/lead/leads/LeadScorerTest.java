package com.artinsmartrealty.lead.leads;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LeadScorerTest {

    private static final Instant NOW = Instant.parse("2026-11-24T12:00:00Z");

    @Test
    void aFreshLeadWithNothingYetScoresOnlyForRecency() {
        LeadScore score = LeadScorer.score(Lead.first(UUID.randomUUID(), UUID.randomUUID(), NOW), -1, NOW);

        assertThat(score.total()).isEqualTo(10);
        assertThat(score.factors()).extracting(ScoreFactor::name)
                .containsExactly("completeness", "budgetFit", "phone", "engagement", "recency");
    }

    @Test
    void aCompleteEngagedLeadWithAFittingInventoryScoresTheMaximum() {
        Profile full = new Profile(Goal.LIVING, 1L, 2L, "AED", PropertyType.VILLA, Transaction.BUY, "JVC", 3);
        Lead lead = Lead.first(UUID.randomUUID(), UUID.randomUUID(), NOW)
                .apply(new LeadFact.ProfileKnown(1, full, true), NOW).lead()
                .apply(new LeadFact.PhoneCaptured(2, "+971501234567"), NOW).lead()
                .apply(new LeadFact.VoiceTranscribed(3, "villa"), NOW).lead()
                .apply(new LeadFact.AppointmentRequested(4), NOW).lead()
                .apply(new LeadFact.ConversationCompleted(5), NOW).lead();

        assertThat(LeadScorer.score(lead, 4, NOW).total()).isEqualTo(100);
    }

    @Test
    void scoresFallWithInactivityAndAThinInventory() {
        Profile half = new Profile(Goal.INVESTMENT, null, 500_000L, "AED", null, Transaction.BUY, null, null);
        Lead lead = Lead.first(UUID.randomUUID(), UUID.randomUUID(), NOW)
                .apply(new LeadFact.Started(Channel.WEBCHAT, "w", null, "en", null), NOW).lead()
                .apply(new LeadFact.ProfileKnown(1, half, false), NOW).lead();

        LeadScore lastWeek = LeadScorer.score(lead, 1, NOW.plus(Duration.ofDays(3)));
        LeadScore lastYear = LeadScorer.score(lead, 0, NOW.plus(Duration.ofDays(365)));

        // 3 of 6 slots = 15, one fitting listing = 15, active 3 days ago = 6.
        assertThat(lastWeek.total()).isEqualTo(36);
        assertThat(lastYear.total()).isEqualTo(15);
        assertThat(lastYear.factors().get(1).detail()).isEqualTo("0 listings fit the budget");
    }
}
