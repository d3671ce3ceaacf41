package com.artinsmartrealty.scheduling.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** Open slots for the dashboard and held offers for chats, on the real database. */
class SlotsIT extends SchedulingIntegrationTest {

    private final UUID tenant = UUID.randomUUID();
    private final UUID sara = UUID.randomUUID();
    private final UUID omar = UUID.randomUUID();

    @BeforeEach
    void agencyWithTwoAgents() {
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, sara, "Sara Karimi");
        scheduling.addAgent(tenant, omar, "Omar Haddad");
        scheduling.setAvailability(tenant, sara, SchedulingClient.everyDay("09:00", "13:00", 6));
        scheduling.setAvailability(tenant, omar, SchedulingClient.everyDay("09:00", "13:00", 6));
    }

    private JsonNode offer(UUID agent, String holder, String language, int limit) {
        Map<String, Object> request = new HashMap<>();
        request.put("leadId", UUID.randomUUID());
        request.put("agentId", agent);
        request.put("language", language);
        request.put("limit", limit);
        request.put("holder", holder);
        return scheduling.service(tenant).post().uri("/internal/slot-offers").bodyValue(request).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> keys(JsonNode offer) {
        List<String> keys = new ArrayList<>();
        offer.get("items").forEach(item ->
                keys.add(item.get("agentId").asString() + "@" + item.get("start").asString()));
        return keys;
    }

    @Test
    void theDashboardListsEveryAgentsOpenSlotsLabelledInItsLanguage() {
        JsonNode slots = scheduling.admin(tenant).get().uri("/api/slots?limit=4&lang=ar").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(slots.get("items")).hasSize(4);
        JsonNode first = slots.get("items").get(0);
        assertThat(Instant.parse(first.get("start").asString())).isEqualTo(Instant.parse("2030-01-07T07:00:00Z"));
        assertThat(Instant.parse(first.get("end").asString())).isEqualTo(Instant.parse("2030-01-07T08:00:00Z"));
        assertThat(first.get("label").asString()).contains("١١:٠٠");
        assertThat(slots.get("items")).extracting(item -> item.get("agentId").asString())
                .contains(sara.toString(), omar.toString());

        JsonNode saras = scheduling.agent(tenant, sara).get().uri("/api/slots?from=2030-01-09T00:00:00Z&limit=2")
                .header("Accept-Language", "fa-IR,fa;q=0.9").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(saras.get("items")).extracting(item -> item.get("agentId").asString()).containsOnly(sara.toString());
        assertThat(saras.get("items").get(0).get("label").asString()).contains("۹:۰۰");
        scheduling.agent(tenant, sara).get().uri("/api/slots?agentId={id}", omar).exchange()
                .expectStatus().isForbidden();
        scheduling.admin(tenant).get().uri("/api/slots?limit=1000").exchange().expectStatus().isBadRequest();
        scheduling.admin(tenant).get().uri("/api/slots?from=2031-01-01T00:00:00Z").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(0);
    }

    @Test
    void anOfferIsHeldSoTwoChatsAreNeverOfferedTheSameSlot() {
        JsonNode first = offer(null, tenant + ":telegram:1", "en", 4);
        JsonNode second = offer(null, tenant + ":whatsapp:971500000000", "en", 4);

        assertThat(first.get("items")).hasSize(4);
        assertThat(second.get("items")).hasSize(4);
        assertThat(keys(first)).doesNotContainAnyElementsOf(keys(second));
        assertThat(Instant.parse(first.get("heldUntil").asString()))
                .isEqualTo(MONDAY_9AM_DUBAI.plus(Duration.ofMinutes(5)));
        List<String> firstDays = new ArrayList<>();
        first.get("items").forEach(item -> firstDays.add(item.get("start").asString().substring(0, 10)));
        assertThat(firstDays).containsExactly("2030-01-07", "2030-01-07", "2030-01-08", "2030-01-08");

        JsonNode dashboard = scheduling.admin(tenant).get().uri("/api/slots?limit=40").exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(keys(dashboard)).doesNotContainAnyElementsOf(keys(first)).doesNotContainAnyElementsOf(keys(second));
    }

    @Test
    void askingAgainReplacesTheChatsHoldsAndHoldsExpireByThemselves() {
        String holder = tenant + ":webchat:abc";
        JsonNode first = offer(sara, holder, "fa", 3);
        JsonNode again = offer(sara, holder, "fa", 3);
        assertThat(keys(again)).isEqualTo(keys(first));
        assertThat(first.get("items").get(0).get("label").asString()).contains("۱۱:۰۰");

        JsonNode other = offer(sara, tenant + ":webchat:other", "en", 3);
        assertThat(keys(other)).doesNotContainAnyElementsOf(keys(first));

        clock.advance(Duration.ofMinutes(6));
        JsonNode afterExpiry = offer(sara, tenant + ":webchat:third", "en", 3);
        assertThat(keys(afterExpiry)).containsAnyElementsOf(keys(first));
    }

    @Test
    void aHeldSlotIsBookedByItsChatOnlyAndTheLoserGetsAlternativesHeldForIt() {
        String mine = tenant + ":telegram:10";
        String theirs = tenant + ":telegram:20";
        JsonNode held = offer(sara, mine, "en", 2).get("items").get(0);

        WebTestClient service = scheduling.service(tenant);
        JsonNode conflict = service.post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", sara, "start", held.get("start").asString(), "leadId", UUID.randomUUID(),
                        "idempotencyKey", "theirs", "holder", theirs, "channel", "telegram", "chatId", "20",
                        "language", "ru"))
                .exchange().expectStatus().isEqualTo(409)
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(conflict.get("detail").asString()).isEqualTo("That time is being offered to someone else.");
        assertThat(conflict.get("alternatives")).isNotEmpty();
        assertThat(conflict.get("alternatives").get(0).get("label").asString()).contains("января");

        service.post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", sara, "start", held.get("start").asString(), "leadId", UUID.randomUUID(),
                        "idempotencyKey", "mine", "holder", mine, "channel", "telegram", "chatId", "10",
                        "language", "en"))
                .exchange().expectStatus().isCreated();

        // The loser's alternatives are held for it: a third chat is not offered them.
        JsonNode third = offer(sara, tenant + ":telegram:30", "en", 4);
        List<String> alternatives = new ArrayList<>();
        conflict.get("alternatives").forEach(item ->
                alternatives.add(item.get("agentId").asString() + "@" + item.get("start").asString()));
        assertThat(keys(third)).doesNotContainAnyElementsOf(alternatives);
    }

    @Test
    void anAgentWithNoTimeLeftHandsTheOfferToColleagues() {
        scheduling.setAvailability(tenant, sara, "{\"weekly\":[]}");

        JsonNode offer = offer(sara, tenant + ":telegram:40", "en", 2);

        assertThat(offer.get("items")).hasSize(2);
        assertThat(offer.get("items")).extracting(item -> item.get("agentId").asString()).containsOnly(omar.toString());
        assertThat(offer.get("items").get(0).get("agentName").asString()).isEqualTo("Omar Haddad");
    }

    @Test
    void offersNeedAHolderAndASensibleLimit() {
        scheduling.service(tenant).post().uri("/internal/slot-offers")
                .bodyValue(Map.of("leadId", UUID.randomUUID(), "limit", 3)).exchange().expectStatus().isBadRequest();
        scheduling.service(tenant).post().uri("/internal/slot-offers")
                .bodyValue(Map.of("holder", "x", "limit", 500)).exchange().expectStatus().isBadRequest();
        scheduling.admin(tenant).post().uri("/internal/slot-offers")
                .bodyValue(Map.of("holder", "x", "limit", 3)).exchange().expectStatus().isForbidden();
    }
}
