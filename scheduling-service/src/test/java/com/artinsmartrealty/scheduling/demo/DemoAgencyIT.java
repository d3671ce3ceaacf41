package com.artinsmartrealty.scheduling.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;

/** The local run's demo agency, as its {@code db/scheduling/demo} scripts seed it, takes bookings. */
@TestPropertySource(properties =
        "spring.flyway.locations=classpath:db/scheduling/migration,classpath:db/scheduling/demo")
class DemoAgencyIT extends SchedulingIntegrationTest {

    @Test
    void theDemoAgentsWorkDubaiOfficeHoursAndCanBeBooked() {
        scheduling.admin(DemoAgency.TENANT_ID).get().uri("/api/agents").exchange()
                .expectStatus().isOk().expectBody()
                .jsonPath("$.items[?(@.id == '" + DemoAgency.AGENT1_ID + "')].takesViewings").isEqualTo(true)
                .jsonPath("$.items[?(@.id == '" + DemoAgency.AGENT2_ID + "')].takesViewings").isEqualTo(true);
        JsonNode sara = scheduling.agent(DemoAgency.TENANT_ID, DemoAgency.AGENT1_ID).get()
                .uri("/api/agents/{id}/availability", DemoAgency.AGENT1_ID).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(sara.get("timeZone").asString()).isEqualTo(DemoAgency.TIME_ZONE);
        assertThat(sara.get("weekly")).hasSize(12);

        JsonNode offer = scheduling.service(DemoAgency.TENANT_ID).post().uri("/internal/slot-offers")
                .bodyValue(Map.of("leadId", UUID.randomUUID(), "language", "fa", "limit", 4,
                        "holder", DemoAgency.TENANT_ID + ":webchat:demo-visitor"))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(offer.get("items")).hasSize(4);
        JsonNode first = offer.get("items").get(0);

        scheduling.service(DemoAgency.TENANT_ID).post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", first.get("agentId").asString(), "start", first.get("start").asString(),
                        "leadId", UUID.randomUUID(), "idempotencyKey", "demo-" + UUID.randomUUID(),
                        "holder", DemoAgency.TENANT_ID + ":webchat:demo-visitor", "channel", "webchat",
                        "chatId", "demo-visitor", "language", "fa"))
                .exchange().expectStatus().isCreated()
                .expectBody().jsonPath("$.agentName").value(name -> assertThat((String) name)
                        .isIn("Sara Karimi", "Omar Haddad"));
    }
}
