package com.artinsmartrealty.ai.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.ai.support.AiServiceIT;
import com.artinsmartrealty.ai.support.TestTokens;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.ReplyResponse;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The dashboard's knowledge base: CRUD, tenant isolation, and replies that follow every change at once. */
class KnowledgeBaseIT extends AiServiceIT {

    private static final KnowledgeEntryBody PARKING = new KnowledgeEntryBody("parking", List.of(
            new KnowledgeEntryBody.Wording("en", "Is there parking for visitors?",
                    "Every apartment has one covered parking space, and guests park free in the visitor bays."),
            new KnowledgeEntryBody.Wording("ru", "Есть ли парковка для гостей?",
                    "У каждой квартиры есть крытое парковочное место, а гости паркуются бесплатно.")));

    @Autowired
    private DatabaseClient database;
    @Autowired
    private TenantTransactions tenants;

    @Test
    void anAdminCreatesReadsReplacesAndDeletesAnEntry() {
        UUID tenant = UUID.randomUUID();
        KnowledgeEntryView created = as(TestTokens.admin(tenant)).post().uri("/api/knowledge-base")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(PARKING)
                .exchange()
                .expectStatus().isCreated()
                .expectHeader().valueMatches("Location", "/api/knowledge-base/[0-9a-f-]{36}")
                .expectBody(KnowledgeEntryView.class).returnResult().getResponseBody();
        assertThat(created.topic()).isEqualTo("parking");
        assertThat(created.translations()).extracting(KnowledgeEntryBody.Wording::language).containsExactly("en", "ru");

        as(TestTokens.agent(tenant)).get().uri("/api/knowledge-base/{id}", created.id()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.translations[1].answer").isEqualTo(PARKING.translations().get(1).answer());

        KnowledgeEntryBody replacement = new KnowledgeEntryBody(null, List.of(new KnowledgeEntryBody.Wording("fa",
                "پارکینگ مهمان دارید؟", "بله، مهمانان در پارکینگ مهمان رایگان پارک می‌کنند.")));
        KnowledgeEntryView replaced = as(TestTokens.admin(tenant)).put().uri("/api/knowledge-base/{id}", created.id())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(replacement)
                .exchange()
                .expectStatus().isOk()
                .expectBody(KnowledgeEntryView.class).returnResult().getResponseBody();
        assertThat(replaced.topic()).isNull();
        assertThat(replaced.translations()).extracting(KnowledgeEntryBody.Wording::language).containsExactly("fa");
        assertThat(replaced.updatedAt()).isAfterOrEqualTo(created.updatedAt());

        as(TestTokens.admin(tenant)).delete().uri("/api/knowledge-base/{id}", created.id()).exchange()
                .expectStatus().isNoContent();
        as(TestTokens.admin(tenant)).get().uri("/api/knowledge-base/{id}", created.id()).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void agentsReadButOnlyAdminsWrite() {
        UUID tenant = UUID.randomUUID();
        as(TestTokens.agent(tenant)).get().uri("/api/knowledge-base").exchange().expectStatus().isOk();
        as(TestTokens.agent(tenant)).post().uri("/api/knowledge-base").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PARKING).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        as(TestTokens.service(tenant)).post().uri("/api/knowledge-base").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PARKING).exchange()
                .expectStatus().isForbidden();
        as(TestTokens.superAdmin()).get().uri("/api/knowledge-base").exchange().expectStatus().isForbidden();
        client().get().uri("/api/knowledge-base").exchange().expectStatus().isUnauthorized();
        assertThat(list(tenant, 50, null).items()).isEmpty();
    }

    @Test
    void anInvalidEntryIsRefusedWithTheReasonsAndNothingIsStored() {
        UUID tenant = UUID.randomUUID();
        List<KnowledgeEntryBody> invalid = List.of(
                new KnowledgeEntryBody("empty", List.of()),
                new KnowledgeEntryBody("german", List.of(new KnowledgeEntryBody.Wording("de", "Frage?", "Antwort."))),
                new KnowledgeEntryBody("blank", List.of(new KnowledgeEntryBody.Wording("en", " ", "An answer."))),
                new KnowledgeEntryBody("twice", List.of(new KnowledgeEntryBody.Wording("en", "Q?", "A."),
                        new KnowledgeEntryBody.Wording("en", "Q again?", "A again."))),
                new KnowledgeEntryBody("long", List.of(new KnowledgeEntryBody.Wording("en", "Q?", "a".repeat(4001)))));
        for (KnowledgeEntryBody body : invalid) {
            as(TestTokens.admin(tenant)).post().uri("/api/knowledge-base").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(body).exchange()
                    .expectStatus().isBadRequest()
                    .expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").isNotEmpty();
        }
        as(TestTokens.admin(tenant)).post().uri("/api/knowledge-base").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"translations\": 5}").exchange()
                .expectStatus().isBadRequest();
        as(TestTokens.admin(tenant)).get().uri("/api/knowledge-base/not-a-uuid").exchange()
                .expectStatus().isBadRequest();
        assertThat(list(tenant, 50, null).items()).isEmpty();
    }

    @Test
    void pagesFollowTheCursorAndSeeEveryEntryOnce() {
        UUID tenant = UUID.randomUUID();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(create(tenant, new KnowledgeEntryBody("topic-" + i, List.of(new KnowledgeEntryBody.Wording("en",
                    "Question " + i + "?", "Answer " + i + ".")))).id());
        }

        List<UUID> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            KnowledgeEntryView.Page page = list(tenant, 2, cursor);
            page.items().forEach(item -> seen.add(item.id()));
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(3);
        assertThat(seen).containsExactlyElementsOf(ids);
        as(TestTokens.agent(tenant)).get().uri("/api/knowledge-base?cursor=garbage").exchange()
                .expectStatus().isBadRequest();
        as(TestTokens.agent(tenant)).get().uri("/api/knowledge-base?limit=0").exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void anotherTenantCanNeitherSeeNorChangeAnEntry() {
        UUID owner = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        UUID id = create(owner, PARKING).id();

        as(TestTokens.admin(other)).get().uri("/api/knowledge-base/{id}", id).exchange().expectStatus().isNotFound();
        as(TestTokens.admin(other)).put().uri("/api/knowledge-base/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(PARKING).exchange().expectStatus().isNotFound();
        as(TestTokens.admin(other)).delete().uri("/api/knowledge-base/{id}", id).exchange().expectStatus().isNotFound();
        assertThat(list(other, 50, null).items()).isEmpty();
        assertThat(reply(other, "Is there parking for visitors?").fallback()).isTrue();
        assertThat(list(owner, 50, null).items()).extracting(KnowledgeEntryView::id).containsExactly(id);
    }

    @Test
    void repliesFollowEveryChangeAtOnce() {
        UUID tenant = UUID.randomUUID();
        assertThat(reply(tenant, "Can my guests park?").fallback()).isTrue();

        UUID id = create(tenant, PARKING).id();
        ReplyResponse afterCreate = reply(tenant, "Can my guests park?");
        assertThat(afterCreate.sources()).containsExactly(id.toString());
        assertThat(afterCreate.text()).isEqualTo(PARKING.translations().getFirst().answer());

        as(TestTokens.admin(tenant)).put().uri("/api/knowledge-base/{id}", id).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new KnowledgeEntryBody("parking", List.of(new KnowledgeEntryBody.Wording("en",
                        "Is there parking for visitors?", "Guests park in the visitor bays for up to four hours."))))
                .exchange().expectStatus().isOk();
        assertThat(reply(tenant, "Can my guests park?").text())
                .isEqualTo("Guests park in the visitor bays for up to four hours.");

        as(TestTokens.admin(tenant)).delete().uri("/api/knowledge-base/{id}", id).exchange().expectStatus().isNoContent();
        assertThat(reply(tenant, "Can my guests park?").fallback()).isTrue();
    }

    @Test
    void anEntryWrittenThroughAnotherInstanceIsAnsweredFromTheNextQuestion() {
        UUID tenant = UUID.randomUUID();
        assertThat(reply(tenant, "Do you allow pets in the building?").fallback()).isTrue();
        UUID id = UUID.randomUUID();

        tenants.inTenant(tenant, database.sql("insert into knowledge_entries (id, tenant_id, topic) values ($1, $2, 'pets')")
                        .bind(0, id).bind(1, tenant).fetch().rowsUpdated()
                        .then(database.sql("""
                                        insert into knowledge_translations (entry_id, tenant_id, language, question, answer)
                                        values ($1, $2, 'en', 'Are pets allowed?', 'Cats and small dogs are welcome in most of our buildings.')""")
                                .bind(0, id).bind(1, tenant).fetch().rowsUpdated()))
                .block();

        ReplyResponse reply = reply(tenant, "Do you allow pets in the building?");
        assertThat(reply.sources()).containsExactly(id.toString());
        assertThat(reply.text()).startsWith("Cats and small dogs");
    }

    private KnowledgeEntryView create(UUID tenant, KnowledgeEntryBody body) {
        return as(TestTokens.admin(tenant)).post().uri("/api/knowledge-base").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(body).exchange()
                .expectStatus().isCreated()
                .expectBody(KnowledgeEntryView.class).returnResult().getResponseBody();
    }

    private KnowledgeEntryView.Page list(UUID tenant, int limit, String cursor) {
        return as(TestTokens.agent(tenant)).get()
                .uri(builder -> {
                    builder.path("/api/knowledge-base").queryParam("limit", limit);
                    if (cursor != null) {
                        builder.queryParam("cursor", cursor);
                    }
                    return builder.build();
                })
                .exchange()
                .expectStatus().isOk()
                .expectBody(KnowledgeEntryView.Page.class).returnResult().getResponseBody();
    }

    private ReplyResponse reply(UUID tenant, String question) {
        return as(TestTokens.service(tenant)).post().uri("/internal/ai/reply").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(new ReplyRequest(question, "en", ReplyRequest.Purpose.FAQ, null, LeadProfile.empty(), List.of()))
                .exchange()
                .expectStatus().isOk()
                .expectBody(ReplyResponse.class).returnResult().getResponseBody();
    }

    private WebTestClient as(String token) {
        return client().mutate().defaultHeader("Authorization", "Bearer " + token).build();
    }
}
