package com.artinsmartrealty.lead.inventory;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.lead.LeadServiceIT;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** Inventory management and CSV import through the API. */
class InventoryApiIT extends LeadServiceIT {

    private static final String HEADER = "reference,type,transaction,price,currency,bedrooms,size_sqft,community,"
            + "title_en,title_fa,title_ar,photos,expected_annual_rent,annual_service_charges,handover_date,"
            + "residency_eligible\n";

    @Test
    void anAdminCreatesReadsReplacesAndDeletesAListing() {
        UUID tenant = UUID.randomUUID();
        String token = adminToken(tenant);
        Map<String, Object> listing = Map.of("reference", "MAR-101", "type", "apartment", "transaction", "buy",
                "price", 1_650_000, "currency", "aed", "bedrooms", 2, "community", "Dubai Marina",
                "titles", Map.of("en", "Marina view 2-bed", "fa", "آپارتمان دو خوابه با چشم‌انداز مارینا"),
                "expectedAnnualRent", 120_000, "annualServiceCharges", 24_000);

        JsonNode created = client().post().uri("/api/properties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(listing).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String id = created.get("id").asString();
        assertThat(created.get("currency").asString()).isEqualTo("AED");
        assertThat(created.get("titles").get("fa").asString()).contains("مارینا");

        client().post().uri("/api/properties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(listing).exchange()
                .expectStatus().isEqualTo(409);

        JsonNode other = client().post().uri("/api/properties").header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(with(listing, "reference", "MAR-102")).exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        client().put().uri("/api/properties/" + other.get("id").asString()).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(listing).exchange()
                .expectStatus().isEqualTo(409);

        client().put().uri("/api/properties/" + id).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(with(listing, "price", 1_590_000)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.price").isEqualTo(1_590_000);

        String agent = agentToken(tenant, UUID.randomUUID());
        client().get().uri("/api/properties").header("Authorization", "Bearer " + agent).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items[0].reference").isEqualTo("MAR-101");
        client().delete().uri("/api/properties/" + id).header("Authorization", "Bearer " + agent).exchange()
                .expectStatus().isForbidden();
        client().get().uri("/api/properties/" + id).header("Authorization", "Bearer " + adminToken(UUID.randomUUID()))
                .exchange().expectStatus().isNotFound();

        client().delete().uri("/api/properties/" + id).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNoContent();
        client().get().uri("/api/properties/" + id).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void anInvalidListingIsRefusedWithEveryProblemNamed() {
        client().post().uri("/api/properties").header("Authorization", "Bearer " + adminToken(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("reference", "X 1", "price", -5, "currency", "dirham", "titles", Map.of()))
                .exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.problems.length()").isEqualTo(7);
        client().post().uri("/api/properties").header("Authorization", "Bearer " + adminToken(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"type\":\"castle\"}").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aCsvImportWritesTheValidRowsAndReportsEveryRejectedOne() {
        UUID tenant = UUID.randomUUID();
        String csv = HEADER
                + "JVC-7,apartment,buy,780000,AED,1,720,Jumeirah Village Circle,Cosy 1-bed,آپارتمان یک خوابه,"
                + "شقة بغرفة نوم,https://img.example/a.jpg|https://img.example/b.jpg,62000,9800,,false\n"
                + "PALM-1,villa,sale,9500000,AED,5,6200,Palm Jumeirah,Signature villa,,,,,,,true\n"
                + "BB-9,office,buy,abc,AED,,900,Business Bay,Office,,,,,,,\n"
                + "JVC-7,apartment,rent,70000,AED,1,720,JVC,Duplicate,,,,,,,\n"
                + "\"DTN-5\",penthouse,buy,12000000,AED,4,5100,\"Downtown Dubai, Boulevard\",\"Penthouse, Burj view\","
                + ",,,400000,90000,2027-12-31,true\n";

        JsonNode report = importCsv(tenant, csv);

        assertThat(report.get("rows").asInt()).isEqualTo(5);
        assertThat(report.get("created").asInt()).isEqualTo(2);
        assertThat(report.get("updated").asInt()).isZero();
        List<JsonNode> rejected = report.get("rejected").valueStream().toList();
        assertThat(rejected).extracting(row -> row.get("line").asLong()).containsExactly(3L, 4L, 5L);
        assertThat(rejected.get(0).get("problems").get(0).asString()).contains("transaction 'sale'");
        assertThat(rejected.get(1).get("problems").get(0).asString()).contains("price 'abc'");
        assertThat(rejected.get(2).get("problems").toString()).contains("appears more than once");

        JsonNode page = client().get().uri("/api/properties").header("Authorization", "Bearer " + adminToken(tenant))
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(page.get("items").valueStream().map(item -> item.get("reference").asString()))
                .containsExactly("DTN-5", "JVC-7");
        JsonNode penthouse = page.get("items").get(0);
        assertThat(penthouse.get("community").asString()).isEqualTo("Downtown Dubai, Boulevard");
        assertThat(penthouse.get("handoverDate").asString()).isEqualTo("2027-12-31");
        assertThat(page.get("items").get(1).get("photos")).hasSize(2);

        JsonNode again = importCsv(tenant, HEADER + "JVC-7,apartment,buy,760000,AED,1,720,Jumeirah Village Circle,"
                + "Cosy 1-bed,,,,62000,9800,,false\n");
        assertThat(again.get("updated").asInt()).isEqualTo(1);
    }

    @Test
    void aCsvWithoutTheRequiredColumnsIsRefusedWhole() {
        client().post().uri("/api/properties/import")
                .header("Authorization", "Bearer " + adminToken(UUID.randomUUID()))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue("reference,price\nA,1\n").exchange()
                .expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                        .contains("type", "transaction", "currency", "community", "title_en"));
    }

    private static Map<String, Object> with(Map<String, Object> listing, String field, Object value) {
        Map<String, Object> changed = new java.util.HashMap<>(listing);
        changed.put(field, value);
        return changed;
    }

    private JsonNode importCsv(UUID tenant, String csv) {
        return client().post().uri("/api/properties/import").header("Authorization", "Bearer " + adminToken(tenant))
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
    }
}
