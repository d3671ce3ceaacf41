package com.artinsmartrealty.scheduling.roster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.platform.messaging.DeadLetters;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import com.artinsmartrealty.scheduling.support.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import reactor.test.StepVerifier;

/** The roster and the tenant's zone follow {@code platform.tenants.v1}, once per fact, never backwards. */
class TenantEventsIT extends SchedulingIntegrationTest {

    private final UUID tenant = UUID.randomUUID();
    private final UUID sara = UUID.randomUUID();

    @Autowired
    private RosterStore roster;
    @Autowired
    private TenantZones zones;
    @Autowired
    private TenantTransactions tenants;
    @Autowired
    private EventPublisher publisher;

    private String zoneShown() {
        return scheduling.admin(tenant).get().uri("/api/agents/{id}/availability", sara).exchange()
                .expectStatus().isOk()
                .expectBody(tools.jackson.databind.JsonNode.class).returnResult().getResponseBody()
                .get("timeZone").asString();
    }

    @Test
    void aTenantsZoneAndUsersArriveFromTheGateway() {
        scheduling.addAgent(tenant, sara, "Sara Karimi");
        assertThat(zoneShown()).isEqualTo("Asia/Dubai");

        scheduling.registerTenant(tenant, "Europe/Istanbul");
        await().atMost(Duration.ofSeconds(20)).until(() -> zoneShown().equals("Europe/Istanbul"));

        scheduling.announceUser(tenant, sara, "Sara Karimi-Ahmadi", "agent", true);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> scheduling.admin(tenant).get().uri("/api/agents")
                .exchange().expectBody()
                .jsonPath("$.items[0].displayName").isEqualTo("Sara Karimi-Ahmadi")
                .jsonPath("$.items[0].takesViewings").isEqualTo(true));
        scheduling.announceUser(tenant, sara, "Sara Karimi-Ahmadi", "agent", false);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> scheduling.admin(tenant).get().uri("/api/agents")
                .exchange().expectBody().jsonPath("$.items[0].takesViewings").isEqualTo(false));
    }

    @Test
    void anOlderAnnouncementNeverUndoesANewerOne() {
        Instant newer = Instant.parse("2030-01-07T05:00:00Z");
        Instant older = newer.minus(Duration.ofMinutes(5));

        StepVerifier.create(tenants.inTenant(tenant, roster.upsert(tenant, sara, "Sara New", "agent", true, newer)
                        .then(roster.upsert(tenant, sara, "Sara Old", "agent", false, older))
                        .then(roster.upsert(tenant, sara, "Sara New", "agent", true, newer))
                        .then(zones.register(tenant, ZoneId.of("Asia/Tehran"), newer))
                        .then(zones.register(tenant, ZoneId.of("Asia/Dubai"), older))
                        .then(roster.agent(tenant, sara).zipWith(zones.zoneOf(tenant)))))
                .assertNext(state -> {
                    assertThat(state.getT1().displayName()).isEqualTo("Sara New");
                    assertThat(state.getT1().bookable()).isTrue();
                    assertThat(state.getT2()).isEqualTo(ZoneId.of("Asia/Tehran"));
                })
                .verifyComplete();
        StepVerifier.create(tenants.inTenant(UUID.randomUUID(), roster.agent(tenant, sara))).verifyComplete();
    }

    @Test
    void anUnknownTimeZoneGoesToTheDeadLetterTopicWithItsReason() {
        try (TopicProbe deadLetters = new TopicProbe(Topics.deadLetterOf(Topics.TENANT_EVENTS))) {
            EventEnvelope registered = EventEnvelope.of(UUID.randomUUID(), tenant, clock.instant(), "test", null,
                    new TenantRegistered("mars", "Mars Realty", "growth", 100, "USD", "Mars/Olympus_Mons"));
            publisher.publish(Topics.TENANT_EVENTS, new AggregateKey(tenant, tenant).value(), registered)
                    .block(Duration.ofSeconds(20));

            TopicProbe.Received dead = deadLetters.awaitCount(
                    received -> received.envelope().eventId().equals(registered.eventId()), 1).getFirst();
            assertThat(dead.headers().get(DeadLetters.REASON)).contains("unknown time zone Mars/Olympus_Mons");
            assertThat(dead.headers().get(DeadLetters.CONSUMER)).isEqualTo("scheduling-tenants");
        }
    }
}
