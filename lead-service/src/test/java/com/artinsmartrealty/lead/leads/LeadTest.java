package com.artinsmartrealty.lead.leads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given facts, when applied, then the lead and its status moves. No framework involved. */
class LeadTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ID = UUID.randomUUID();
    private static final Instant T0 = Instant.parse("2026-11-24T08:00:00Z");
    private static final Profile BUYER = new Profile(Goal.INVESTMENT, 1_000_000L, 1_500_000L, "AED",
            PropertyType.APARTMENT, Transaction.BUY, "Dubai Marina", 1);

    @Test
    void startingFactsFillTheContactAndQualificationMovesANewLeadOnce() {
        Lead.Applied started = given().apply(new LeadFact.Started(Channel.TELEGRAM, "42", "Sara", "fa", "promo"), T0);
        Lead.Applied qualified = started.lead().apply(new LeadFact.ProfileKnown(3, BUYER, true), T0.plusSeconds(60));
        Lead.Applied requalified = qualified.lead().apply(new LeadFact.ProfileKnown(4, BUYER, true), T0.plusSeconds(90));

        assertThat(started.lead().contact()).isEqualTo(new Contact(Channel.TELEGRAM, "42", "Sara", null, "fa", "promo"));
        assertThat(qualified.lead().status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(qualified.statusChange()).hasValueSatisfying(change -> {
            assertThat(change.from()).isEqualTo(LeadStatus.NEW);
            assertThat(change.cause()).isEqualTo(StatusChange.BY_CONVERSATION);
            assertThat(change.changedBy()).isNull();
        });
        assertThat(requalified.statusChange()).isEmpty();
    }

    @Test
    void anOlderFactNeverOverwritesANewerOne() {
        Profile newer = new Profile(Goal.LIVING, null, 3_000_000L, "AED", null, null, null, null);
        Lead lead = fold(new LeadFact.ProfileKnown(8, newer, false),
                new LeadFact.ProfileKnown(5, BUYER, false),
                new LeadFact.PhoneCaptured(7, "+971501111111"),
                new LeadFact.PhoneCaptured(6, "+971502222222"),
                new LeadFact.LanguageChanged(9, "ar"),
                new LeadFact.LanguageChanged(2, "en"),
                // The first fact of the lead arrives last and fills only what is still unknown.
                new LeadFact.Started(Channel.WEBCHAT, "w-1", "Mina", "ru", null));

        assertThat(lead.profile()).isEqualTo(newer);
        assertThat(lead.contact().phone()).isEqualTo("+971501111111");
        assertThat(lead.contact().language()).isEqualTo("ar");
        assertThat(lead.contact().displayName()).isEqualTo("Mina");
        assertThat(lead.revisions()).isEqualTo(new Revisions(8, 7, 9, -1));
    }

    @Test
    void replayingTheSameFactsGivesTheSameLead() {
        List<LeadFact> facts = List.of(new LeadFact.Started(Channel.TELEGRAM, "1", "A", "en", null),
                new LeadFact.ProfileKnown(2, BUYER, true), new LeadFact.VoiceTranscribed(3, "hi"),
                new LeadFact.AppointmentRequested(4));
        assertThat(fold(facts.toArray(LeadFact[]::new))).isEqualTo(fold(facts.toArray(LeadFact[]::new)));
    }

    @Test
    void aBookedViewingSchedulesAndAssignsAnUnassignedLeadAndACancellationReturnsItToContact() {
        UUID agent = UUID.randomUUID();
        Lead qualified = fold(new LeadFact.ProfileKnown(1, BUYER, true));

        Lead.Applied booked = qualified.apply(new LeadFact.ViewingBooked(UUID.randomUUID(), agent), T0);
        Lead.Applied cancelled = booked.lead().apply(new LeadFact.ViewingCancelled(UUID.randomUUID(), "no show"), T0);

        assertThat(booked.lead().status()).isEqualTo(LeadStatus.VIEWING_SCHEDULED);
        assertThat(booked.lead().assignedAgentId()).isEqualTo(agent);
        assertThat(booked.statusChange().orElseThrow().cause()).isEqualTo(StatusChange.BY_APPOINTMENT);
        assertThat(cancelled.lead().status()).isEqualTo(LeadStatus.CONTACTED);
        assertThat(cancelled.statusChange().orElseThrow().reason()).isEqualTo("no show");
    }

    @Test
    void aBookingDoesNotPullAClosedLeadBack() {
        Lead won = fold(new LeadFact.ProfileKnown(1, BUYER, true))
                .changeStatus(LeadStatus.CONTACTED, null, null, T0).lead()
                .changeStatus(LeadStatus.NEGOTIATING, null, null, T0).lead()
                .changeStatus(LeadStatus.CLOSED_WON, null, null, T0).lead();

        Lead.Applied booked = won.apply(new LeadFact.ViewingBooked(UUID.randomUUID(), UUID.randomUUID()), T0);

        assertThat(booked.lead().status()).isEqualTo(LeadStatus.CLOSED_WON);
        assertThat(booked.statusChange()).isEmpty();
    }

    @Test
    void aUserCannotSkipTheLifecycleAndIsToldWhatIsAllowed() {
        Lead lead = given();
        assertThatThrownBy(() -> lead.changeStatus(LeadStatus.CLOSED_WON, UUID.randomUUID(), null, T0))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.from()).isEqualTo(LeadStatus.NEW);
                    assertThat(e.to()).isEqualTo(LeadStatus.CLOSED_WON);
                });
    }

    @Test
    void anErasedLeadKeepsItsFiguresLosesItsPersonalDataAndIgnoresLaterFacts() {
        Lead lead = fold(new LeadFact.Started(Channel.TELEGRAM, "42", "Sara", "fa", "promo"),
                new LeadFact.ProfileKnown(2, BUYER, true), new LeadFact.PhoneCaptured(3, "+971501234567"),
                new LeadFact.VoiceTranscribed(4, "my name is Sara"));

        Lead erased = lead.erased(T0.plusSeconds(3600));
        Lead afterwards = erased.apply(new LeadFact.PhoneCaptured(9, "+971509999999"), T0.plusSeconds(7200)).lead();

        assertThat(erased.contact()).isEqualTo(new Contact(Channel.TELEGRAM, null, null, null, "fa", null));
        assertThat(erased.engagement().voiceTranscript()).isNull();
        assertThat(erased.engagement().voiceNotes()).isEqualTo(1);
        assertThat(erased.profile()).isEqualTo(BUYER);
        assertThat(erased.status()).isEqualTo(LeadStatus.QUALIFIED);
        assertThat(afterwards).isEqualTo(erased);
    }

    private static Lead given() {
        return Lead.first(TENANT, ID, T0);
    }

    private static Lead fold(LeadFact... facts) {
        Lead lead = given();
        Instant at = T0;
        for (LeadFact fact : facts) {
            at = at.plusSeconds(1);
            lead = lead.apply(fact, at).lead();
        }
        return lead;
    }
}
