package com.artinsmartrealty.lead.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadAppointmentRequested;
import com.artinsmartrealty.contracts.lead.LeadAssigned;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadSlotsFilled;
import com.artinsmartrealty.contracts.lead.LeadStatusChanged;
import com.artinsmartrealty.contracts.lead.LeadVoiceTranscribed;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Leads built from the events other services publish, through the real broker. */
class LeadEventsIT extends LeadServiceIT {

    @Autowired
    private EventPublisher publisher;

    @Autowired
    private EventCodec codec;

    @Autowired
    private org.springframework.r2dbc.core.DatabaseClient database;

    @Test
    void aConversationsEventsBuildTheLeadAndQualificationAssignsARosterAgent() {
        UUID tenant = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        publish(tenant, tenant, new UserUpserted(agent, "agent", "Reza Karimi", true), Topics.TENANT_EVENTS);
        await().atMost(Duration.ofSeconds(30)).until(() -> tenants.inTenant(tenant, roster.all()).block().size() == 1);

        publish(tenant, lead, new LeadCreated(lead, Channel.TELEGRAM, "555", "Sara", "fa", "campaign-marina"));
        publish(tenant, lead, new LeadSlotsFilled(lead, 2, Set.of(Slot.GOAL), profile(Goal.INVESTMENT, null)));
        publish(tenant, lead, new LeadQualified(lead, 3, profile(Goal.INVESTMENT, 2_000_000L)));
        publish(tenant, lead, new LeadPhoneCaptured(lead, 4, "+989121234567", LeadPhoneCaptured.Method.TYPED));
        publish(tenant, lead, new LeadVoiceTranscribed(lead, 5, "سلام، دنبال آپارتمان هستم", "fa"));
        publish(tenant, lead, new LeadAppointmentRequested(lead, 6));

        JsonNode json = awaitLead(tenant, lead, node -> node.get("appointmentRequestedAt") != null
                && !node.get("appointmentRequestedAt").isNull());
        assertThat(json.get("status").asString()).isEqualTo("QUALIFIED");
        assertThat(json.get("budgetMax").asLong()).isEqualTo(2_000_000);
        assertThat(json.get("phone").asString()).isEqualTo("+989121234567");
        assertThat(json.get("voiceTranscript").asString()).isEqualTo("سلام، دنبال آپارتمان هستم");
        assertThat(json.get("agentId").asString()).isEqualTo(agent.toString());
        assertThat(json.get("agentName").asString()).isEqualTo("Reza Karimi");

        List<EventEnvelope> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> publishedAbout(tenant, lead), events -> events.size() >= 2);
        assertThat(published).extracting(EventEnvelope::type).contains("lead.status.changed", "lead.assigned");
        LeadStatusChanged changed = published.stream().filter(e -> e.payload() instanceof LeadStatusChanged)
                .findFirst().orElseThrow().payloadAs(LeadStatusChanged.class);
        assertThat(changed.from()).isEqualTo(LeadStatusChanged.Status.NEW);
        assertThat(changed.to()).isEqualTo(LeadStatusChanged.Status.QUALIFIED);
        assertThat(published.stream().filter(e -> e.payload() instanceof LeadAssigned).findFirst().orElseThrow()
                .payloadAs(LeadAssigned.class).agentId()).isEqualTo(agent);
    }

    @Test
    void aRedeliveredEventCountsOnceAndAnOlderProfileNeverOverwritesANewerOne() {
        UUID tenant = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        // Facts arrive before the lead's first event: the lead is built all the same.
        publish(tenant, lead, new LeadSlotsFilled(lead, 9, Set.of(Slot.BUDGET), profile(Goal.LIVING, 3_000_000L)));
        EventEnvelope voice = envelope(tenant, new LeadVoiceTranscribed(lead, 10, "three bedrooms please", "en"));
        publish(tenant, lead, voice);
        publish(tenant, lead, voice);
        publish(tenant, lead, new LeadSlotsFilled(lead, 7, Set.of(Slot.BUDGET), profile(Goal.INVESTMENT, 900_000L)));
        publish(tenant, lead, new LeadCreated(lead, Channel.WEBCHAT, "web-77", "Mina", "en", null));

        JsonNode json = awaitLead(tenant, lead, node -> "webchat".equals(node.path("channel").asString(null)));
        assertThat(json.get("goal").asString()).isEqualTo("living");
        assertThat(json.get("budgetMax").asLong()).isEqualTo(3_000_000);
        assertThat(json.get("voiceNotes").asInt()).isEqualTo(1);
        assertThat(json.get("name").asString()).isEqualTo("Mina");
    }

    @Test
    void aBookedViewingSchedulesTheLeadAndACancelledOneSendsItBackToContact() {
        UUID tenant = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        UUID lead = UUID.randomUUID();
        UUID appointment = UUID.randomUUID();
        publish(tenant, lead, new LeadCreated(lead, Channel.TELEGRAM, "777", "Ali", "ar", null));
        publish(tenant, lead, new LeadQualified(lead, 3, profile(Goal.RESIDENCY, 2_500_000L)));
        // Appointments travel under their own key: wait for the lead's facts before booking.
        awaitLead(tenant, lead, node -> "QUALIFIED".equals(node.get("status").asString()));
        Instant start = Instant.parse("2026-12-01T10:00:00Z");
        publish(tenant, appointment, new AppointmentBooked(appointment, lead, agent, start,
                start.plus(Duration.ofHours(1)), "Asia/Dubai", Channel.TELEGRAM, "777", "ar"));

        JsonNode booked = awaitLead(tenant, lead, node -> "VIEWING_SCHEDULED".equals(node.get("status").asString()));
        JsonNode last = booked.get("history").get(booked.get("history").size() - 1);
        assertThat(last.get("cause").asString()).isEqualTo("appointment");
        assertThat(booked.get("agentId").asString()).isEqualTo(agent.toString());

        publish(tenant, appointment, new AppointmentStatusChanged(appointment, lead, agent,
                AppointmentStatusChanged.Status.CANCELLED, "client travelling"));
        JsonNode cancelled = awaitLead(tenant, lead, node -> "CONTACTED".equals(node.get("status").asString()));
        assertThat(cancelled.get("history")).hasSize(3);
    }

    @Test
    void theServicesOwnEventsComingBackDoNotCreateLeads() {
        UUID tenant = UUID.randomUUID();
        UUID stranger = UUID.randomUUID();
        UUID marker = UUID.randomUUID();
        publish(tenant, stranger, new LeadStatusChanged(stranger, LeadStatusChanged.Status.NEW,
                LeadStatusChanged.Status.CONTACTED, null));
        publish(tenant, stranger, new LeadAssigned(stranger, UUID.randomUUID(), null));
        // Records of one key are processed in order: once the marker lead exists, the others were handled.
        publish(tenant, stranger, new LeadCreated(marker, Channel.WEBCHAT, "m", "Marker", "en", null));
        awaitLead(tenant, marker, node -> true);

        client().get().uri("/api/leads/" + stranger).header("Authorization", "Bearer " + adminToken(tenant))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void appliedEventIdsAreForgottenAfterTheRetention() {
        UUID tenant = UUID.randomUUID();
        UUID old = UUID.randomUUID();
        tenants.inTenant(tenant, database.sql("insert into processed_events values ($1, $2, now() - interval '40 days')")
                .bind(0, tenant).bind(1, old).fetch().rowsUpdated()).block();
        // About one event in a thousand cleans up; this id is one of them.
        UUID sweeping = new UUID(UUID.randomUUID().getMostSignificantBits(), 7_000L);
        UUID lead = UUID.randomUUID();

        updates.ingest(tenant, sweeping, lead, new com.artinsmartrealty.lead.leads.LeadFact.Started(Channel.WEBCHAT,
                "w", "Nima", "fa", null), Instant.now(), "it").block();

        var remembered = tenants.inTenant(tenant, database.sql("select event_id from processed_events")
                .map(row -> row.get("event_id", UUID.class)).all().collectList()).block();
        assertThat(remembered).containsExactly(sweeping);
    }

    private static LeadProfile profile(Goal goal, Long budgetMax) {
        return new LeadProfile(goal, budgetMax == null ? null : budgetMax / 2, budgetMax,
                budgetMax == null ? null : "AED", PropertyType.APARTMENT, Transaction.BUY, null, null);
    }

    private JsonNode awaitLead(UUID tenant, UUID lead, java.util.function.Predicate<JsonNode> condition) {
        String token = adminToken(tenant);
        return await().atMost(Duration.ofSeconds(30)).until(() -> client().get().uri("/api/leads/" + lead)
                .header("Authorization", "Bearer " + token).exchange()
                .returnResult(JsonNode.class).getResponseBody().blockFirst(), node -> node != null
                && node.has("id") && condition.test(node));
    }

    private void publish(UUID tenant, UUID aggregate, EventPayload payload) {
        publish(tenant, aggregate, payload, com.artinsmartrealty.contracts.EventTypes.of(payload.getClass()).topic());
    }

    private void publish(UUID tenant, UUID aggregate, EventPayload payload, String topic) {
        publisher.publish(topic, new AggregateKey(tenant, aggregate).value(), envelope(tenant, payload)).block();
    }

    private void publish(UUID tenant, UUID aggregate, EventEnvelope envelope) {
        publisher.publish(Topics.LEAD_EVENTS, new AggregateKey(tenant, aggregate).value(), envelope).block();
    }

    private static EventEnvelope envelope(UUID tenant, EventPayload payload) {
        return EventEnvelope.of(UUID.randomUUID(), tenant, Instant.now(), "it-" + UUID.randomUUID(), null, payload);
    }

    /** Everything on lead.events.v1 that lead-service published about the lead. */
    private List<EventEnvelope> publishedAbout(UUID tenant, UUID lead) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, Infrastructure.shared().kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "lead-events-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.LEAD_EVENTS));
            List<EventEnvelope> found = new ArrayList<>();
            long deadline = System.currentTimeMillis() + 5_000;
            while (System.currentTimeMillis() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (new AggregateKey(tenant, lead).value().equals(record.key())) {
                        EventEnvelope envelope = codec.decode(Topics.LEAD_EVENTS, record.value());
                        if (envelope.payload() instanceof LeadStatusChanged
                                || envelope.payload() instanceof LeadAssigned) {
                            found.add(envelope);
                        }
                    }
                }
                if (found.size() >= 2) {
                    break;
                }
            }
            return found;
        }
    }
}
