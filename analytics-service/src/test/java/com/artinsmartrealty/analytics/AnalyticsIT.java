package com.artinsmartrealty.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.tenant.TenantPlanChanged;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import tools.jackson.databind.JsonNode;

/**
 * The read models over the real embedded broker, database and Redis: a scripted agency whose funnel
 * is known in advance is published on the topics (every event twice, some out of order), and the
 * reports, the live stream, the gauges and a rebuild from the topics must show exactly that funnel.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=analytics-service",
        "analytics.metrics-refresh=300ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @Autowired
    private EventPublisher publisher;

    @Autowired
    private AccessTokens tokens;

    @LocalServerPort
    private int port;

    private WebTestClient web;
    private FunnelScenario scenario;
    private String admin;

    @BeforeAll
    void publishTheScriptedAgency() {
        web = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(20))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(4 * 1024 * 1024))
                .build();
        scenario = new FunnelScenario(Instant.now().minus(Duration.ofHours(2)));
        admin = token(scenario.tenant, Role.TENANT_ADMIN);
        List<FunnelScenario.Published> events = scenario.events();
        for (FunnelScenario.Published published : events) {
            publish(published);
        }
        // At-least-once delivery: every event comes again, and must change nothing.
        for (FunnelScenario.Published published : events) {
            publish(published);
        }
        await().atMost(WAIT).until(() -> stage(get("/api/analytics/funnel", admin), "completed")
                == FunnelScenario.COMPLETED && get("/api/analytics/costs", admin).get("calls").asLong() == 4
                && get("/api/analytics/leaderboard", admin).get("items").size() >= 2);
    }

    @Test
    void theFunnelIsExactlyTheScriptedOne() {
        JsonNode funnel = get("/api/analytics/funnel", admin);

        assertThat(funnel.get("stages").valueStream().map(s -> s.get("stage").asString() + "=" + s.get("leads").asLong()))
                .containsExactly("started=10", "qualified=7", "phoneCaptured=5", "viewingBooked=3", "completed=2");
        assertThat(funnel.at("/rates/conversationCompletionRate").asDouble()).isEqualTo(0.2);
        assertThat(funnel.at("/rates/leadQualificationRate").asDouble()).isEqualTo(0.5);
        assertThat(funnel.at("/rates/slotsQualifiedRate").asDouble()).isEqualTo(0.7);
        assertThat(funnel.get("byChannel").valueStream()
                .map(c -> c.get("channel").asString() + "=" + c.at("/stages/0/leads").asLong()))
                .containsExactlyInAnyOrder("webchat=6", "telegram=4");
        assertThat(funnel.get("dropOff").valueStream()
                .map(s -> s.get("state").asString() + "=" + s.get("conversations").asLong()))
                .containsExactlyInAnyOrder("ENGAGEMENT=2", "HARD_GATE=2", "WARMUP=2", "HANDOFF_SCHEDULE=1",
                        "SLOT_FILLING=1");
        assertThat(funnel.get("languages").valueStream()
                .map(l -> l.get("language").asString() + "=" + l.get("leads").asLong()))
                .containsExactly("en=4", "fa=3", "ar=2", "ru=1");
        assertThat(funnel.get("daily").valueStream().mapToLong(d -> d.get("started").asLong()).sum()).isEqualTo(10);
    }

    @Test
    void aChannelFilterNarrowsTheFunnelAndAnUnknownChannelIsABadRequest() {
        JsonNode webchat = get("/api/analytics/funnel?channel=webchat", admin);

        assertThat(webchat.get("stages").valueStream().map(s -> s.get("leads").asLong()))
                .containsExactly(6L, 6L, 5L, 3L, 2L);
        web.get().uri("/api/analytics/funnel?channel=fax").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.get().uri("/api/analytics/funnel?from=yesterday").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void timingsMeasureFirstRepliesSlotFillingAndAgents() {
        JsonNode timings = get("/api/analytics/timings", admin);

        assertThat(timings.at("/firstReply/chats").asLong()).isEqualTo(10);
        assertThat(timings.at("/firstReply/avgMillis").asDouble()).isEqualTo(FunnelScenario.FIRST_REPLY_MILLIS);
        assertThat(timings.at("/slotFilling/conversations").asLong()).isEqualTo(7);
        assertThat(timings.at("/slotFilling/avgMillis").asDouble()).isEqualTo(FunnelScenario.SLOT_FILLING_MILLIS);
        assertThat(timings.at("/slotFilling/bySlot").valueStream()
                .map(s -> s.get("slot").asString() + "=" + s.get("avgMillis").asLong()))
                .containsExactly("budget=20000", "property_type=10000", "transaction=5000");
        assertThat(timings.at("/agentResponse/leads").asLong()).isEqualTo(3);
        assertThat(timings.at("/agentResponse/avgMillis").asDouble()).isEqualTo(70_000);
    }

    @Test
    void theLeaderboardRanksAgentsByConversionsThenViewings() {
        JsonNode items = get("/api/analytics/leaderboard", token(scenario.tenant, Role.AGENT)).get("items");

        assertThat(items.valueStream().map(e -> e.get("displayName").asString() + ":" + e.get("leadsHandled").asLong()
                + "/" + e.get("viewingsBooked").asLong() + "/" + e.get("conversions").asLong() + "/"
                + e.get("avgResponseMillis").asLong()))
                .containsExactly("Layla:4/2/1/90000", "Omid:2/1/1/30000");
    }

    @Test
    void costsPerQualifiedLeadForTheAgencyAndPerAgencyForThePlatformOwner() {
        JsonNode costs = get("/api/analytics/costs", admin);
        assertThat(costs.get("costMicroUsd").asLong()).isEqualTo(10_000);
        assertThat(costs.get("qualifiedLeads").asLong()).isEqualTo(7);
        assertThat(costs.get("costPerQualifiedLeadMicroUsd").asLong()).isEqualTo(1_429);
        assertThat(costs.at("/byModel/0/model").asString()).isEqualTo("offline-1");

        JsonNode platform = get("/api/analytics/costs", owner());
        JsonNode ours = platform.get("tenants").valueStream()
                .filter(t -> t.get("tenantId").asString().equals(scenario.tenant.toString())).findFirst().orElseThrow();
        assertThat(ours.get("slug").asString()).isEqualTo(scenario.slug);
        assertThat(ours.get("costMicroUsd").asLong()).isEqualTo(10_000);
        assertThat(ours.get("costPerQualifiedLeadMicroUsd").asLong()).isEqualTo(1_429);
    }

    @Test
    void anotherAgencySeesNoneOfItAndRolesAreEnforced() {
        String stranger = token(UUID.randomUUID(), Role.TENANT_ADMIN);
        assertThat(stage(get("/api/analytics/funnel", stranger), "started")).isZero();
        assertThat(get("/api/analytics/leaderboard", stranger).get("items").valueStream()
                .map(e -> e.get("displayName").asString())).doesNotContain("Layla", "Omid");

        web.get().uri("/api/analytics/funnel").exchange().expectStatus().isUnauthorized();
        web.get().uri("/api/analytics/mrr").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isForbidden();
        web.get().uri("/api/analytics/costs").headers(h -> h.setBearerAuth(token(scenario.tenant, Role.AGENT)))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/analytics/funnel").headers(h -> h.setBearerAuth(owner())).exchange()
                .expectStatus().isForbidden();
        web.post().uri("/api/analytics/rebuild").headers(h -> h.setBearerAuth(admin)).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void mrrFollowsRegistrationsAndPlanChanges() {
        JsonNode before = get("/api/analytics/mrr", owner());
        assertThat(tenantOf(before).get("monthlyPriceMinor").asLong()).isEqualTo(FunnelScenario.PRICE);
        assertThat(before.get("months").size()).isEqualTo(12);

        publish(new FunnelScenario.Published(Topics.TENANT_EVENTS,
                new AggregateKey(scenario.tenant, scenario.tenant).value(),
                EventEnvelope.of(UUID.randomUUID(), scenario.tenant, Instant.now(), "plan", null,
                        new TenantPlanChanged("scale", 99_900, "USD"))));

        await().atMost(WAIT).until(() -> usd(get("/api/analytics/mrr", owner())) == usd(before) + 50_000);
        JsonNode after = get("/api/analytics/mrr", owner());
        assertThat(tenantOf(after).get("plan").asString()).isEqualTo("scale");
        assertThat(usd(after.get("months").get(11))).isEqualTo(usd(after));
    }

    @Test
    void theDashboardHearsANewLeadLive() {
        UUID lead = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        Flux<ServerSentEvent<JsonNode>> live = web.get().uri("/api/analytics/live")
                .headers(h -> h.setBearerAuth(token(tenant, Role.AGENT))).accept(MediaType.TEXT_EVENT_STREAM)
                .exchange().expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();

        StepVerifier.create(live.filter(event -> event.event() != null))
                .assertNext(ready -> assertThat(ready.event()).isEqualTo("ready"))
                .then(() -> publish(new FunnelScenario.Published(Topics.LEAD_EVENTS,
                        new AggregateKey(tenant, lead).value(), EventEnvelope.of(UUID.randomUUID(), tenant,
                                Instant.now(), "live", null,
                                new LeadCreated(lead, Channel.WEBCHAT, "live-" + lead, null, "en", null)))))
                .assertNext(event -> {
                    JsonNode update = event.data();
                    assertThat(event.event()).isEqualTo("update");
                    assertThat(update.get("type").asString()).isEqualTo("lead.created");
                    assertThat(update.get("leadId").asString()).isEqualTo(lead.toString());
                    assertThat(update.get("channel").asString()).isEqualTo("webchat");
                    assertThat(update.toString()).doesNotContain("live-" + lead);
                })
                .thenCancel()
                .verify(WAIT);
    }

    @Test
    void theWhitepaperMetricsArePrometheusGaugesPerAgency() {
        await().atMost(WAIT).untilAsserted(() -> {
            String metrics = web.get().uri("/actuator/prometheus").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody();
            assertThat(metrics)
                    .contains("conversation_completion_rate{application=\"analytics-service\",tenant=\""
                            + scenario.slug + "\"} 0.2")
                    .contains("lead_qualification_rate{application=\"analytics-service\",tenant=\""
                            + scenario.slug + "\"} 0.5")
                    .contains("slot_filling_duration_avg_seconds{application=\"analytics-service\",tenant=\""
                            + scenario.slug + "\"} 35.0");
        });
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void aRebuildFromTheTopicsGivesTheSameReadModels() {
        JsonNode funnel = get("/api/analytics/funnel", admin);
        JsonNode leaderboard = get("/api/analytics/leaderboard", admin);
        JsonNode timings = get("/api/analytics/timings", admin);

        web.post().uri("/api/analytics/rebuild").headers(h -> h.setBearerAuth(owner())).exchange()
                .expectStatus().isAccepted();

        await().atMost(WAIT).untilAsserted(() -> assertThat(get("/api/analytics/rebuild", owner()).toString())
                .contains("\"rebuilding\":false").contains("\"lag\":0"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(withoutPeriod(get("/api/analytics/funnel", admin)))
                .isEqualTo(withoutPeriod(funnel)));
        assertThat(get("/api/analytics/leaderboard", admin).get("items")).isEqualTo(leaderboard.get("items"));
        assertThat(get("/api/analytics/timings", admin).get("slotFilling"))
                .isEqualTo(timings.get("slotFilling"));
    }

    private static JsonNode withoutPeriod(JsonNode report) {
        return ((tools.jackson.databind.node.ObjectNode) report.deepCopy()).without("period");
    }

    private JsonNode tenantOf(JsonNode mrr) {
        return mrr.get("tenants").valueStream()
                .filter(t -> t.get("tenantId").asString().equals(scenario.tenant.toString())).findFirst().orElseThrow();
    }

    private static long usd(JsonNode withMrr) {
        return withMrr.get("mrr").valueStream().filter(a -> a.get("currency").asString().equals("USD"))
                .mapToLong(a -> a.get("amountMinor").asLong()).sum();
    }

    private static long stage(JsonNode funnel, String name) {
        return funnel.get("stages").valueStream().filter(s -> s.get("stage").asString().equals(name))
                .mapToLong(s -> s.get("leads").asLong()).findFirst().orElse(-1);
    }

    private JsonNode get(String uri, String token) {
        return web.get().uri(uri).headers(h -> h.setBearerAuth(token)).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private void publish(FunnelScenario.Published published) {
        publisher.publish(published.topic(), published.key(), published.event()).block(Duration.ofSeconds(20));
    }

    private String token(UUID tenant, Role role) {
        return tokens.issue(new PlatformPrincipal(UUID.randomUUID().toString(), tenant, role), Duration.ofHours(1));
    }

    private String owner() {
        return tokens.issue(new PlatformPrincipal(UUID.randomUUID().toString(), null, Role.SUPER_ADMIN),
                Duration.ofHours(1));
    }
}
