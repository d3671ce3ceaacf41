package com.artinsmartrealty.analytics.projection;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.analytics.live.LiveUpdate;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ContractsMother;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventTypes;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ProjectionTest {

    static java.util.stream.Stream<String> eventTypes() {
        return EventTypes.all().stream().map(EventTypes.EventType::name);
    }

    /** Facts the read models do not need: the profile details and transcripts live in lead-service. */
    private static final Set<String> NOT_PROJECTED = Set.of("lead.slots.filled", "lead.voice.transcribed",
            "lead.appointment.requested");

    @ParameterizedTest
    @MethodSource("eventTypes")
    void everyEventTypeOnEveryTopicIsProjectedUnlessDeliberatelyNotAndIsAnnouncedLive(String type) {
        EventEnvelope event = ContractsMother.envelopeOf(ContractsMother.payloadsByType().get(type));

        assertThat(Projection.changesOf(event).isEmpty()).isEqualTo(NOT_PROJECTED.contains(type));
        assertThat(LiveUpdate.of(event).type()).isEqualTo(type);
    }

    @Test
    void anAgentsTakeoverOrReplyIsTheirResponseButHandingBackIsNot() {
        UUID lead = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        EventEnvelope takeover = envelope(new AgentActionRequested(UUID.randomUUID(), lead, Channel.WEBCHAT, "s-1",
                agent, AgentActionRequested.Action.TAKEOVER, null));
        EventEnvelope reply = envelope(new AgentActionRequested(UUID.randomUUID(), lead, Channel.WEBCHAT, "s-1",
                agent, AgentActionRequested.Action.REPLY, "Hello, I am Omid"));
        EventEnvelope handback = envelope(new AgentActionRequested(UUID.randomUUID(), lead, Channel.WEBCHAT, "s-1",
                agent, AgentActionRequested.Action.HANDBACK, null));

        assertThat(Projection.changesOf(takeover)).containsExactly(
                new ReadModelChange.AgentActed(lead, agent, takeover.occurredAt()));
        assertThat(Projection.changesOf(reply)).containsExactly(
                new ReadModelChange.AgentActed(lead, agent, reply.occurredAt()));
        assertThat(Projection.changesOf(handback)).isEmpty();
        assertThat(LiveUpdate.of(reply).toString()).doesNotContain("Omid");
    }

    @Test
    void aNewLeadStartsTheFunnelOnItsChannel() {
        UUID lead = UUID.randomUUID();
        EventEnvelope event = envelope(new LeadCreated(lead, Channel.WEBCHAT, "s-1", "Sara", "fa", null));

        assertThat(Projection.changesOf(event)).containsExactly(
                new ReadModelChange.LeadStarted(lead, Channel.WEBCHAT, "s-1", "fa", event.occurredAt()));
    }

    @Test
    void aPhoneNumberIsAFunnelStageAndItsDigitsStayOutOfTheReadModels() {
        UUID lead = UUID.randomUUID();
        EventEnvelope event = envelope(new LeadPhoneCaptured(lead, 7, "+971501234567",
                LeadPhoneCaptured.Method.TYPED));

        assertThat(Projection.changesOf(event)).containsExactly(
                new ReadModelChange.LeadReached(lead, Milestone.PHONE_CAPTURED, event.occurredAt()));
        assertThat(LiveUpdate.of(event).toString()).doesNotContain("971501234567");
    }

    @Test
    void aBookedViewingRecordsTheAppointmentAndTheLeadsFunnelStage() {
        UUID lead = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        Instant start = Instant.parse("2026-11-30T10:00:00Z");
        EventEnvelope event = envelope(new AppointmentBooked(appointment, lead, agent, start,
                start.plusSeconds(3600), "Asia/Dubai", Channel.TELEGRAM, "42", "en"));

        assertThat(Projection.changesOf(event)).containsExactly(
                new ReadModelChange.AppointmentMade(appointment, lead, agent, start, event.occurredAt()),
                new ReadModelChange.LeadReached(lead, Milestone.VIEWING_BOOKED, event.occurredAt()));
    }

    @Test
    void aStateChangeLeavesTheChatIdOutOfTheLiveUpdate() {
        UUID conversation = UUID.randomUUID();
        EventEnvelope event = envelope(new ConversationStateChanged(conversation, Channel.TELEGRAM, "555000111",
                "WARMUP", "SLOT_FILLING", "en"));

        LiveUpdate update = LiveUpdate.of(event);

        assertThat(update.conversationId()).isEqualTo(conversation);
        assertThat(update.state()).isEqualTo("SLOT_FILLING");
        assertThat(update.toString()).doesNotContain("555000111");
    }

    private static EventEnvelope envelope(com.artinsmartrealty.contracts.EventPayload payload) {
        return EventEnvelope.of(UUID.randomUUID(), ContractsMother.TENANT, ContractsMother.AT, "corr", null, payload);
    }
}
