package com.artinsmartrealty.lead.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.lead.LeadServiceIT;
import com.artinsmartrealty.lead.inventory.ListingMother;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import tools.jackson.databind.JsonNode;

/** What leaves lead-service as documents: reports, Excel exports, personal-data exports, erasure. */
class LeadDocumentsIT extends LeadServiceIT {

    @Autowired
    private DatabaseClient database;

    @Test
    void theGatewayGetsAPersianLeadsReportAsAPersianPdf() throws Exception {
        UUID tenant = UUID.randomUUID();
        addListings(tenant, ListingMother.dubai());
        UUID lead = qualifiedLead(tenant, "سارا", "tg-42", "fa");

        byte[] pdf = client().get().uri("/internal/leads/{id}/report.pdf", lead)
                .header("Authorization", "Bearer " + serviceToken(tenant)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_PDF)
                .expectHeader().valueMatches("Content-Disposition", "attachment;.*")
                .expectBody(byte[].class).returnResult().getResponseBody();

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("گزارش ملک شما", "سارا", "۱٬۲۰۰٬۰۰۰");
        }
        client().get().uri("/internal/leads/{id}/report.pdf", UUID.randomUUID())
                .header("Authorization", "Bearer " + serviceToken(tenant)).exchange().expectStatus().isNotFound();
        client().get().uri("/api/leads/{id}/report.pdf", lead)
                .header("Authorization", "Bearer " + adminToken(tenant)).exchange()
                .expectStatus().isOk().expectHeader().valueMatches("Content-Disposition", "inline;.*");
        client().get().uri("/api/leads/{id}/report.pdf", lead)
                .header("Authorization", "Bearer " + agentToken(tenant, UUID.randomUUID())).exchange()
                .expectStatus().isNotFound();
    }

    @Test
    void theExcelExportHoldsTheFilteredLeads() throws Exception {
        UUID tenant = UUID.randomUUID();
        UUID qualified = qualifiedLead(tenant, "Sara", "tg-1", "en");
        newLead(tenant, "Visitor", "web-1");
        newLead(tenant, "Visitor two", "web-2");

        List<Row> all = rows(tenant, "/api/leads/export.xlsx");
        List<Row> onlyQualified = rows(tenant, "/api/leads/export.xlsx?status=QUALIFIED");

        assertThat(all).hasSize(4);
        assertThat(all.getFirst().getCellText(0)).isEqualTo("Lead id");
        assertThat(onlyQualified).hasSize(2);
        Row row = onlyQualified.get(1);
        assertThat(row.getCellText(0)).isEqualTo(qualified.toString());
        assertThat(row.getCellText(2)).isEqualTo("QUALIFIED");
        assertThat(row.getCellText(3)).isEqualTo("Sara");
        assertThat(row.getCellText(4)).isEqualTo("+971501234567");
        assertThat(row.getCellAsNumber(11).orElseThrow()).isEqualByComparingTo("1500000");
    }

    @Test
    void aLeadsDataIsExportedThenErasedEverywhereAndStaysErased() {
        UUID tenant = UUID.randomUUID();
        UUID lead = qualifiedLead(tenant, "Sara", "tg-erase", "en");
        String token = adminToken(tenant);
        client().post().uri("/api/leads/{id}/notes", lead).header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("body", "Lives in Jumeirah")).exchange()
                .expectStatus().isCreated();

        JsonNode export = client().get().uri("/api/leads/{id}/export", lead).header("Authorization", "Bearer " + token)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(export.get("person").get("phone").asString()).isEqualTo("+971501234567");
        assertThat(export.get("person").get("chatId").asString()).isEqualTo("tg-erase");
        assertThat(export.get("notes").get(0).get("body").asString()).isEqualTo("Lives in Jumeirah");
        client().get().uri("/api/leads/{id}/export", lead)
                .header("Authorization", "Bearer " + agentToken(tenant, UUID.randomUUID())).exchange()
                .expectStatus().isForbidden();

        client().delete().uri("/api/leads/{id}", lead).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.erasedAt").isNotEmpty();

        client().get().uri("/api/leads/{id}", lead).header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound();
        Map<String, Object> row = tenants.inTenant(tenant, database.sql(
                        "select display_name, phone, chat_id, status, goal, budget_max, channel from leads where id = $1")
                .bind(0, lead).fetch().one()).block();
        assertThat(row).containsEntry("display_name", null).containsEntry("phone", null)
                .containsEntry("chat_id", null);
        assertThat(row).containsEntry("status", "QUALIFIED").containsEntry("goal", "INVESTMENT")
                .containsEntry("budget_max", 1_500_000L).containsEntry("channel", "telegram");
        assertThat(tenants.inTenant(tenant, database.sql("select count(*) as n from lead_notes where lead_id = $1")
                .bind(0, lead).map(r -> r.get("n", Long.class)).one()).block()).isZero();

        // A late fact from the conversation does not bring the personal data back.
        apply(tenant, new LeadPhoneCaptured(lead, revision(), "+971509999999", LeadPhoneCaptured.Method.TYPED));
        assertThat(tenants.inTenant(tenant, database.sql("select phone from leads where id = $1").bind(0, lead)
                .fetch().one()).block()).containsEntry("phone", null);

        // Every other service is told to purge, with the chat to purge.
        await().atMost(Duration.ofSeconds(20)).until(() -> tenants.inTenant(tenant, database.sql(
                "select count(*) as n from outbox").map(r -> r.get("n", Long.class)).one()).block() == 0);
    }

    private List<Row> rows(UUID tenant, String uri) throws Exception {
        byte[] xlsx = client().get().uri(uri).header("Authorization", "Bearer " + adminToken(tenant)).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .expectBody(byte[].class).returnResult().getResponseBody();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            return workbook.getFirstSheet().read();
        }
    }
}
