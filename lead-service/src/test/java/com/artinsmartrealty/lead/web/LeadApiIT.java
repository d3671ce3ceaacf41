package com.artinsmartrealty.lead.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.lead.inventory.ListingMother;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The dashboard's lead API as a tenant admin, an agent, another tenant and the super admin see it. */
class LeadApiIT extends LeadServiceIT {

    @Test
    void aLeadsJsonNamesItsSlotsAsTheDashboardExpects() {
        UUID tenant = UUID.randomUUID();
        addListings(tenant, ListingMother.dubai());
        UUID lead = qualifiedLead(tenant, "Sara", "7001", "fa");

        JsonNode json = get(adminToken(tenant), "/api/leads/" + lead);

        assertThat(json.get("id").asString()).isEqualTo(lead.toString());
        assertThat(json.get("status").asString()).isEqualTo("QUALIFIED");
        assertThat(json.get("goal").asString()).isEqualTo("investment");
        assertThat(json.get("budgetMin").asLong()).isEqualTo(1_000_000);
        assertThat(json.get("budgetMax").asLong()).isEqualTo(1_500_000);
        assertThat(json.get("currency").asString()).isEqualTo("AED");
        assertThat(json.get("propertyType").asString()).isEqualTo("apartment");
        assertThat(json.get("transaction").asString()).isEqualTo("buy");
        assertThat(json.get("phone").asString()).isEqualTo("+971501234567");
        assertThat(json.get("language").asString()).isEqualTo("fa");
        assertThat(json.get("channel").asString()).isEqualTo("telegram");
        assertThat(json.get("chatId").asString()).isEqualTo("7001");
        assertThat(json.get("source").asString()).isEqualTo("campaign-marina");
        assertThat(json.get("conversation").get("href").asString()).isEqualTo("/api/conversations/" + lead);
        assertThat(json.get("history").get(0).get("to").asString()).isEqualTo("QUALIFIED");
        assertThat(json.get("history").get(0).get("cause").asString()).isEqualTo("conversation");
    }

    @Test
    void theScoreExplainsItselfFactorByFactor() {
        UUID tenant = UUID.randomUUID();
        addListings(tenant, ListingMother.dubai());
        UUID lead = qualifiedLead(tenant, "Sara", "7002", "en");

        JsonNode json = get(adminToken(tenant), "/api/leads/" + lead);

        Map<String, Integer> factors = new java.util.HashMap<>();
        json.get("scoreFactors").forEach(f -> factors.put(f.get("name").asString(), f.get("points").asInt()));
        // 6 of 6 slots (30), 2 apartments within 1.0-1.5M (+10 %) (15), phone (20), no engagement (0), today (10).
        assertThat(factors).containsEntry("completeness", 30).containsEntry("budgetFit", 15)
                .containsEntry("phone", 20).containsEntry("engagement", 0).containsEntry("recency", 10);
        assertThat(json.get("score").asInt()).isEqualTo(75);
    }

    @Test
    void leadsArePagedNewestFirstWithAKeysetCursorAndFiltered() {
        UUID tenant = UUID.randomUUID();
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(newLead(tenant, "Visitor " + i, "web-" + i));
        }
        UUID qualified = qualifiedLead(tenant, "Omid", "tg-1", "fa");
        String token = adminToken(tenant);

        JsonNode first = get(token, "/api/leads?limit=4");
        JsonNode second = get(token, "/api/leads?limit=4&cursor=" + first.get("nextCursor").asString());

        List<String> ids = new ArrayList<>();
        first.get("items").forEach(item -> ids.add(item.get("id").asString()));
        second.get("items").forEach(item -> ids.add(item.get("id").asString()));
        assertThat(ids).hasSize(6).doesNotHaveDuplicates().first().isEqualTo(qualified.toString());
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(items(get(token, "/api/leads?status=QUALIFIED"))).containsExactly(qualified.toString());
        assertThat(items(get(token, "/api/leads?channel=webchat"))).hasSize(5);
        assertThat(items(get(token, "/api/leads?chatId=web-3"))).containsExactly(created.get(3).toString());
        assertThat(items(get(token, "/api/leads?q={q}", "visitor 2"))).containsExactly(created.get(2).toString());
        assertThat(items(get(token, "/api/leads?q={q}", "+97150"))).containsExactly(qualified.toString());
    }

    @Test
    void badFiltersAreAnsweredWithAProblemNotAnError() {
        String token = adminToken(UUID.randomUUID());
        for (String query : List.of("status=SOLD", "channel=fax", "cursor=bm90LWEtY3Vyc29y", "agentId=nope")) {
            client().get().uri("/api/leads?" + query).header("Authorization", "Bearer " + token).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().get().uri("/api/leads/not-a-uuid").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void anAgentSeesOnlyTheLeadsAssignedToThem() {
        UUID tenant = UUID.randomUUID();
        UUID agentA = UUID.randomUUID();
        UUID agentB = UUID.randomUUID();
        addAgent(tenant, agentA, "Amir");
        // The only agent when it qualifies, A gets the first lead; round robin gives the second to B.
        UUID mine = qualifiedLead(tenant, "First", "1", "en");
        addAgent(tenant, agentB, "Bita");
        UUID other = qualifiedLead(tenant, "Second", "2", "en");
        assertThat(get(adminToken(tenant), "/api/leads/" + other).get("agentId").asString())
                .isEqualTo(agentB.toString());

        String token = agentToken(tenant, agentA);
        assertThat(items(get(token, "/api/leads"))).containsExactly(mine.toString());
        assertThat(items(get(token, "/api/leads?agentId=" + agentB))).isEmpty();
        client().get().uri("/api/leads/" + other).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound();
        client().patch().uri("/api/leads/" + mine).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agentId", agentB.toString()))
                .exchange().expectStatus().isForbidden();
        client().delete().uri("/api/leads/" + mine).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isForbidden();
    }

    @Test
    void statusChangesFollowTheLifecycleAndAreRecordedWithWhoAndWhy() {
        UUID tenant = UUID.randomUUID();
        UUID lead = qualifiedLead(tenant, "Sara", "9", "en");
        String token = adminToken(tenant);

        JsonNode contacted = patch(token, lead, Map.of("status", "CONTACTED", "reason", "called back"));
        assertThat(contacted.get("status").asString()).isEqualTo("CONTACTED");
        JsonNode last = contacted.get("history").get(contacted.get("history").size() - 1);
        assertThat(last.get("from").asString()).isEqualTo("QUALIFIED");
        assertThat(last.get("cause").asString()).isEqualTo("user");
        assertThat(last.get("reason").asString()).isEqualTo("called back");
        assertThat(last.get("changedBy").isNull()).isFalse();

        client().patch().uri("/api/leads/" + lead).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("status", "NEW"))
                .exchange().expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.allowed").isArray();
        assertThat(get(token, "/api/leads/" + lead).get("status").asString()).isEqualTo("CONTACTED");
    }

    @Test
    void anAdminReassignsCorrectsContactDetailsAndLeavesNotes() {
        UUID tenant = UUID.randomUUID();
        UUID agent = UUID.randomUUID();
        addAgent(tenant, agent, "Dana");
        UUID lead = newLead(tenant, "visitor", "w1");
        String token = adminToken(tenant);

        JsonNode edited = patch(token, lead, Map.of("agentId", agent.toString(), "name", "Dana's lead",
                "phone", "050 123 4567"));
        assertThat(edited.get("agentId").asString()).isEqualTo(agent.toString());
        assertThat(edited.get("agentName").asString()).isEqualTo("Dana");
        assertThat(edited.get("name").asString()).isEqualTo("Dana's lead");
        assertThat(edited.get("phone").asString()).isEqualTo("+971501234567");

        client().patch().uri("/api/leads/" + lead).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("agentId", UUID.randomUUID().toString()))
                .exchange().expectStatus().isEqualTo(422);
        client().patch().uri("/api/leads/" + lead).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("phone", "12345"))
                .exchange().expectStatus().isBadRequest();

        client().post().uri("/api/leads/" + lead + "/notes").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("body", "Prefers a sea view"))
                .exchange().expectStatus().isCreated();
        assertThat(get(token, "/api/leads/" + lead).get("notes").get(0).get("body").asString())
                .isEqualTo("Prefers a sea view");
    }

    @Test
    void anotherTenantsLeadIsNotFoundAndTheSuperAdminUsesThePlatformEndpoint() {
        UUID tenant = UUID.randomUUID();
        UUID lead = newLead(tenant, "Sara", "s1");

        client().get().uri("/api/leads/" + lead).header("Authorization", "Bearer " + adminToken(UUID.randomUUID()))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri("/api/leads").header("Authorization", "Bearer " + superAdminToken()).exchange()
                .expectStatus().isForbidden();
        client().get().uri("/api/leads").exchange().expectStatus().isUnauthorized();
        client().get().uri("/api/platform/tenants/" + tenant + "/leads")
                .header("Authorization", "Bearer " + adminToken(tenant)).exchange().expectStatus().isForbidden();

        assertThat(items(get(superAdminToken(), "/api/platform/tenants/" + tenant + "/leads")))
                .containsExactly(lead.toString());
        assertThat(get(superAdminToken(), "/api/platform/tenants/" + tenant + "/leads/" + lead).get("name")
                .asString()).isEqualTo("Sara");
    }

    private JsonNode get(String token, String uri, Object... variables) {
        return client().get().uri(uri, variables).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private JsonNode patch(String token, UUID lead, Map<String, String> body) {
        return client().patch().uri("/api/leads/" + lead).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<String> items(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
