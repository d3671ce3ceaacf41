package com.artinsmartrealty.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** What a booking cannot be, who may see what, and that a repeated request books once. */
class BookingProblemsIT extends SchedulingIntegrationTest {

    /** Tuesday 8 January 2030, 10:00 in Dubai. */
    private static final Instant TUESDAY_10AM = Instant.parse("2030-01-08T06:00:00Z");

    private final UUID tenant = UUID.randomUUID();
    private final UUID sara = UUID.randomUUID();
    private final UUID omar = UUID.randomUUID();

    @BeforeEach
    void agencyWithTwoAgents() {
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, sara, "Sara Karimi");
        scheduling.addAgent(tenant, omar, "Omar Haddad");
        scheduling.setAvailability(tenant, sara, """
                {"weekly":[{"day":"TUESDAY","start":"09:00","end":"13:00"},
                           {"day":"TUESDAY","start":"14:00","end":"18:00"}],
                 "timeOff":[{"start":"2030-01-15T00:00","end":"2030-01-16T00:00","note":"Training"}]}""");
        scheduling.setAvailability(tenant, omar, SchedulingClient.everyDay("09:00", "18:00", 6));
    }

    private Map<String, Object> booking(UUID agent, Instant start, String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("agentId", agent);
        body.put("start", start);
        body.put("leadId", UUID.fromString("00000000-0000-4000-8000-0000000000c1"));
        body.put("idempotencyKey", key);
        return body;
    }

    private WebTestClient.ResponseSpec book(WebTestClient client, Map<String, Object> body) {
        return client.post().uri("/api/appointments").bodyValue(body).exchange();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "in_the_past,          2030-01-07T04:00:00Z, 60",
        "outside_availability, 2030-01-08T08:30:00Z, 60",
        "outside_availability, 2030-01-09T06:00:00Z, 60",
        "outside_availability, 2030-01-15T06:00:00Z, 60",
        "beyond_horizon,       2030-03-05T06:00:00Z, 60",
        "invalid_duration,     2030-01-08T06:00:00Z, 5"})
    void bookingsThatCannotBeAreRejectedWithTheReason(String reason, Instant start, int minutes) {
        Map<String, Object> body = booking(sara, start, "bad-" + reason + start);
        body.put("durationMinutes", minutes);

        book(scheduling.admin(tenant), body)
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.reason").isEqualTo(reason)
                .jsonPath("$.detail").isNotEmpty();
    }

    @Test
    void anUnknownOrInactiveAgentIsRejected() {
        book(scheduling.admin(tenant), booking(UUID.randomUUID(), TUESDAY_10AM, "ghost"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.reason").isEqualTo("unknown_agent");

        UUID admin = UUID.randomUUID();
        scheduling.announceUser(tenant, admin, "Office Manager", "tenant_admin", true);
        scheduling.announceUser(tenant, omar, "Omar Haddad", "agent", false);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                book(scheduling.admin(tenant), booking(omar, TUESDAY_10AM, "left-" + UUID.randomUUID()))
                        .expectStatus().isEqualTo(422).expectBody().jsonPath("$.reason").isEqualTo("unknown_agent"));
        book(scheduling.admin(tenant), booking(admin, TUESDAY_10AM, "admin"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.reason").isEqualTo("unknown_agent");
    }

    @Test
    void aRepeatedRequestReturnsTheSameAppointmentAndAReusedKeyIsRejected() {
        JsonNode first = book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM, "same-key"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "false")
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode again = book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM, "same-key"))
                .expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(again.get("id")).isEqualTo(first.get("id"));
        book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM.plus(Duration.ofHours(2)), "same-key"))
                .expectStatus().isEqualTo(422).expectBody().jsonPath("$.reason").isEqualTo("idempotency_key_reused");
        scheduling.admin(tenant).get().uri("/api/appointments?day=2030-01-08").exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1);
    }

    @Test
    void theBufferAndTheDailyLimitAreConflictsWithAlternatives() {
        book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM, "buffer-1")).expectStatus().isCreated();

        JsonNode conflict = book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM.plus(Duration.ofMinutes(70)),
                "buffer-2"))
                .expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(conflict.get("alternatives").isEmpty()).isFalse();
        assertThat(conflict.get("title").asString()).isEqualTo("Slot unavailable");

        scheduling.setAvailability(tenant, omar, SchedulingClient.everyDay("09:00", "18:00", 1));
        book(scheduling.admin(tenant), booking(omar, TUESDAY_10AM, "limit-1")).expectStatus().isCreated();
        JsonNode full = book(scheduling.admin(tenant), booking(omar, TUESDAY_10AM.plus(Duration.ofHours(3)), "limit-2"))
                .expectStatus().isEqualTo(409)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(full.get("detail").asString()).isEqualTo("The agent is fully booked that day.");
        assertThat(full.get("alternatives").isEmpty()).isFalse();
        full.get("alternatives").forEach(alternative -> assertThat(Instant.parse(alternative.get("start").asString())
                .atZone(java.time.ZoneId.of("Asia/Dubai")).toLocalDate()).isNotEqualTo("2030-01-08"));
    }

    @Test
    void agentsSeeAndChangeTheirOwnViewingsOnly() {
        String saras = book(scheduling.agent(tenant, sara), booking(sara, TUESDAY_10AM, "own-1"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        book(scheduling.agent(tenant, sara), booking(omar, TUESDAY_10AM, "own-2")).expectStatus().isForbidden();
        String omars = book(scheduling.admin(tenant), booking(omar, TUESDAY_10AM, "own-3"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();

        WebTestClient asSara = scheduling.agent(tenant, sara);
        asSara.get().uri("/api/appointments/{id}", saras).exchange().expectStatus().isOk();
        asSara.get().uri("/api/appointments/{id}", omars).exchange().expectStatus().isNotFound();
        asSara.get().uri("/api/appointments/{id}.ics", omars).exchange().expectStatus().isNotFound();
        asSara.post().uri("/api/appointments/{id}/cancel", omars).exchange().expectStatus().isNotFound();
        asSara.get().uri("/api/appointments?week=2030-01-08").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(1).jsonPath("$.items[0].id").isEqualTo(saras);
        asSara.get().uri("/api/appointments?week=2030-01-08&agentId={a}", omar).exchange().expectStatus().isForbidden();
        scheduling.admin(tenant).get().uri("/api/appointments?week=2030-01-08").exchange()
                .expectBody().jsonPath("$.items.length()").isEqualTo(2);
    }

    @Test
    void anotherTenantsAppointmentIsNotFound() {
        String id = book(scheduling.admin(tenant), booking(sara, TUESDAY_10AM, "mine"))
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
        UUID stranger = UUID.randomUUID();

        WebTestClient foreign = scheduling.admin(stranger);
        foreign.get().uri("/api/appointments/{id}", id).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        foreign.get().uri("/api/appointments/{id}.ics", id).exchange().expectStatus().isNotFound();
        foreign.post().uri("/api/appointments/{id}/cancel", id).exchange().expectStatus().isNotFound();
        foreign.post().uri("/api/appointments/{id}/reschedule", id).bodyValue(Map.of("start", TUESDAY_10AM))
                .exchange().expectStatus().isNotFound();
        scheduling.service(stranger).get().uri("/internal/appointments/{id}.ics", id).exchange()
                .expectStatus().isNotFound();
        scheduling.admin(tenant).get().uri("/api/appointments/{id}", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();
        scheduling.admin(tenant).get().uri("/api/appointments/{id}", id).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("BOOKED");
    }

    @Test
    void tokensDecideWhichSideOfTheApiACallerReaches() {
        scheduling.anonymous().get().uri("/api/appointments").exchange().expectStatus().isUnauthorized();
        scheduling.service(tenant).get().uri("/api/appointments").exchange().expectStatus().isForbidden();
        scheduling.admin(tenant).post().uri("/internal/appointments").bodyValue(booking(sara, TUESDAY_10AM, "x"))
                .exchange().expectStatus().isForbidden();
        scheduling.anonymous().get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
        scheduling.as(new PlatformPrincipal("not-a-user-id", tenant, Role.AGENT)).get().uri("/api/appointments")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void malformedInputIsABadRequestNeverAServerError() {
        WebTestClient admin = scheduling.admin(tenant);
        admin.post().uri("/api/appointments").contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange().expectStatus().isBadRequest();
        admin.post().uri("/api/appointments").bodyValue(Map.of("agentId", sara)).exchange()
                .expectStatus().isBadRequest();
        admin.post().uri("/api/appointments").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"agentId\":\"nope\",\"start\":\"yesterday\"}").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/appointments/not-a-uuid").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/appointments?cursor=%%%").exchange().expectStatus().isBadRequest();
        admin.get().uri("/api/appointments?from=2030-01-01T00:00:00Z&to=2031-01-01T00:00:00Z").exchange()
                .expectStatus().isBadRequest();
        scheduling.service(tenant).post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", sara, "start", TUESDAY_10AM, "leadId", UUID.randomUUID(),
                        "idempotencyKey", "k", "channel", "carrier-pigeon", "chatId", "1"))
                .exchange().expectStatus().isBadRequest();
        scheduling.service(tenant).post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", sara, "start", TUESDAY_10AM, "leadId", UUID.randomUUID(),
                        "idempotencyKey", "k", "channel", "telegram"))
                .exchange().expectStatus().isBadRequest();
    }
}
