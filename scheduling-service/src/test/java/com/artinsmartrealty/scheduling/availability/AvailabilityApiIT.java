package com.artinsmartrealty.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** {@code GET|PUT /api/agents/{id}/availability} on the real database. */
class AvailabilityApiIT extends SchedulingIntegrationTest {

    private final UUID tenant = UUID.randomUUID();
    private final UUID sara = UUID.randomUUID();
    private final UUID omar = UUID.randomUUID();

    @BeforeEach
    void agencyWithTwoAgents() {
        scheduling.registerTenant(tenant, "Europe/Moscow");
        scheduling.addAgent(tenant, sara, "Sara Karimi");
        scheduling.addAgent(tenant, omar, "Omar Haddad");
    }

    @Test
    void anAgentSetsTheirHoursAndReadsThemBackInTheTenantsZone() {
        String hours = """
                {"weekly":[{"day":"SUNDAY","start":"09:00","end":"13:00"},
                           {"day":"SUNDAY","start":"14:00","end":"18:00"}],
                 "timeOff":[{"start":"2030-02-01T00:00","end":"2030-02-08T00:00","note":"Annual leave"}],
                 "extraHours":[{"start":"2030-01-12T10:00","end":"2030-01-12T14:00"}],
                 "dailyLimit":4}""";

        JsonNode stored = scheduling.agent(tenant, sara).put().uri("/api/agents/{id}/availability", sara)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(hours)
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        JsonNode read = scheduling.admin(tenant).get().uri("/api/agents/{id}/availability", sara)
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(read).isEqualTo(stored);
        assertThat(read.get("timeZone").asString()).isEqualTo("Europe/Moscow");
        assertThat(read.get("agentId").asString()).isEqualTo(sara.toString());
        assertThat(read.get("weekly")).hasSize(2);
        assertThat(read.get("weekly").get(1).get("start").asString()).isEqualTo("14:00");
        assertThat(read.get("timeOff").get(0).get("note").asString()).isEqualTo("Annual leave");
        assertThat(read.get("extraHours").get(0).get("end").asString()).isEqualTo("2030-01-12T14:00");
        assertThat(read.get("dailyLimit").asInt()).isEqualTo(4);
    }

    @Test
    void aPutReplacesEverything() {
        scheduling.setAvailability(tenant, sara, """
                {"weekly":[{"day":"MONDAY","start":"09:00","end":"18:00"}],"dailyLimit":3}""");
        scheduling.setAvailability(tenant, sara, """
                {"weekly":[{"day":"TUESDAY","start":"10:00","end":"12:00"}]}""");

        scheduling.admin(tenant).get().uri("/api/agents/{id}/availability", sara).exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.weekly.length()").isEqualTo(1)
                .jsonPath("$.weekly[0].day").isEqualTo("TUESDAY")
                .jsonPath("$.dailyLimit").doesNotExist();
    }

    @Test
    void overlappingHoursAreRejectedWithEveryProblemAndNothingChanges() {
        scheduling.setAvailability(tenant, sara, """
                {"weekly":[{"day":"MONDAY","start":"09:00","end":"18:00"}]}""");

        scheduling.admin(tenant).put().uri("/api/agents/{id}/availability", sara)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("""
                        {"weekly":[{"day":"MONDAY","start":"09:00","end":"13:00"},
                                   {"day":"MONDAY","start":"12:00","end":"18:00"},
                                   {"day":"FRIDAY","start":"18:00","end":"09:00"}]}""")
                .exchange()
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.reason").isEqualTo("invalid_availability")
                .jsonPath("$.problems.length()").isEqualTo(2)
                .jsonPath("$.problems[1]").isEqualTo("Weekly hours MONDAY 09:00-13:00 and MONDAY 12:00-18:00 overlap.");

        scheduling.admin(tenant).get().uri("/api/agents/{id}/availability", sara).exchange()
                .expectBody().jsonPath("$.weekly[0].end").isEqualTo("18:00");
    }

    @Test
    void agentsManageOnlyTheirOwnAndUnknownAgentsAreNotFound() {
        scheduling.agent(tenant, sara).get().uri("/api/agents/{id}/availability", omar).exchange()
                .expectStatus().isNotFound();
        scheduling.agent(tenant, sara).put().uri("/api/agents/{id}/availability", omar)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"weekly\":[]}")
                .exchange().expectStatus().isNotFound();
        scheduling.admin(tenant).get().uri("/api/agents/{id}/availability", UUID.randomUUID()).exchange()
                .expectStatus().isNotFound();
        scheduling.admin(UUID.randomUUID()).get().uri("/api/agents/{id}/availability", sara).exchange()
                .expectStatus().isNotFound();
        scheduling.admin(tenant).put().uri("/api/agents/{id}/availability", sara)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"weekly\":[{\"day\":\"MONDAY\",\"start\":\"25:00\"}]}")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theRosterListsWhoTakesViewings() {
        UUID admin = UUID.randomUUID();
        scheduling.announceUser(tenant, admin, "Office Manager", "tenant_admin", true);

        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                scheduling.agent(tenant, sara).get().uri("/api/agents").exchange()
                        .expectStatus().isOk().expectBody()
                        .jsonPath("$.items.length()").isEqualTo(3)
                        .jsonPath("$.items[?(@.id == '" + admin + "')].takesViewings").isEqualTo(false)
                        .jsonPath("$.items[?(@.id == '" + sara + "')].takesViewings").isEqualTo(true));
    }
}
