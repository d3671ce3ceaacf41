package com.artinsmartrealty.gateway.tenants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.tenant.TenantPlanChanged;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.TenantStatusChanged;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The platform owner's tenants, a tenant admin's users and channels: what the API answers, what it
 * stores (secrets encrypted, never returned) and what it publishes on {@code platform.tenants.v1}.
 */
class AdministrationIT extends GatewayIT {

    @Autowired
    private TenantTransactions tenants;

    private String owner() {
        return bearer(null, Role.SUPER_ADMIN);
    }

    @Test
    void theOwnerRegistersAnAgencyWithItsFirstAdminAndBothArePublishedThroughTheOutbox() {
        String slug = "palm-" + unique();
        JsonNode created = client().post().uri("/api/tenants").header("Authorization", owner())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("slug", slug, "name", "Palm Homes", "plan", "pro", "monthlyPriceMinor", 99_900,
                        "currency", "AED", "timeZone", "Asia/Dubai", "admin", Map.of("email", "boss@" + slug + ".ae",
                                "displayName", "Boss", "role", "tenant_admin", "password", "correct-horse-battery")))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID tenantId = UUID.fromString(created.get("id").asString());
        assertThat(created.get("status").asString()).isEqualTo("active");

        TenantRegistered registered = (TenantRegistered) awaitEvents(tenantId, tenantId, 1).getFirst().payload();
        assertThat(registered).isEqualTo(new TenantRegistered(slug, "Palm Homes", "pro", 99_900, "AED", "Asia/Dubai"));
        UserUpserted user = (UserUpserted) await().atMost(Duration.ofSeconds(20))
                .until(() -> TOPICS.envelopes(Topics.TENANT_EVENTS, tenantId + ":").stream()
                        .filter(envelope -> envelope.payload() instanceof UserUpserted).toList(), list -> !list.isEmpty())
                .getFirst().payload();
        assertThat(user.role()).isEqualTo("tenant_admin");
        assertThat(user.displayName()).isEqualTo("Boss");
        client().post().uri("/api/auth/login").header("X-Forwarded-For", address())
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "boss@" + slug + ".ae", "password", "correct-horse-battery"))
                .exchange().expectStatus().isOk();
    }

    @Test
    void aTakenSlugIs409AndInvalidFieldsAre400() {
        TestTenant existing = tenant();
        client().post().uri("/api/tenants").header("Authorization", owner()).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("slug", existing.slug(), "name", "Copy", "plan", "pro", "monthlyPriceMinor", 1,
                        "currency", "USD", "timeZone", "Asia/Dubai"))
                .exchange().expectStatus().isEqualTo(409);
        for (Map<String, Object> invalid : List.of(
                Map.<String, Object>of("slug", "Not A Slug", "name", "x", "plan", "p", "monthlyPriceMinor", 1,
                        "currency", "USD", "timeZone", "Asia/Dubai"),
                Map.<String, Object>of("slug", "ok-" + unique(), "name", "x", "plan", "p", "monthlyPriceMinor", -1,
                        "currency", "USD", "timeZone", "Asia/Dubai"),
                Map.<String, Object>of("slug", "ok-" + unique(), "name", "x", "plan", "p", "monthlyPriceMinor", 1,
                        "currency", "DOLLARS", "timeZone", "Asia/Dubai"),
                Map.<String, Object>of("slug", "ok-" + unique(), "name", "x", "plan", "p", "monthlyPriceMinor", 1,
                        "currency", "USD", "timeZone", "Mars/Olympus"),
                Map.<String, Object>of("slug", "ok-" + unique(), "name", "x", "plan", "p", "monthlyPriceMinor", 1,
                        "currency", "USD", "timeZone", "Asia/Dubai", "admin", Map.of("email", "a@b.co",
                                "displayName", "A", "role", "tenant_admin", "password", "short")))) {
            client().post().uri("/api/tenants").header("Authorization", owner())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(invalid)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void planChangesAndSuspensionsArePublishedOnceEach() {
        TestTenant tenant = tenant();
        Map<String, Object> plan = Map.of("plan", "enterprise", "monthlyPriceMinor", 199_900, "currency", "USD");

        client().put().uri("/api/tenants/{id}/plan", tenant.id()).header("Authorization", owner())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.plan").isEqualTo("enterprise")
                .jsonPath("$.monthlyPriceMinor").isEqualTo(199_900);
        client().put().uri("/api/tenants/{id}/plan", tenant.id()).header("Authorization", owner())
                .contentType(MediaType.APPLICATION_JSON).bodyValue(plan).exchange().expectStatus().isOk();
        client().post().uri("/api/tenants/{id}/suspend", tenant.id()).header("Authorization", owner())
                .exchange().expectStatus().isOk();
        client().post().uri("/api/tenants/{id}/activate", tenant.id()).header("Authorization", owner())
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("active");

        List<EventEnvelope> events = awaitEvents(tenant.id(), tenant.id(), 3);
        assertThat(events).extracting(EventEnvelope::payload).containsExactly(
                new TenantPlanChanged("enterprise", 199_900, "USD"),
                new TenantStatusChanged(TenantStatusChanged.Status.SUSPENDED, null),
                new TenantStatusChanged(TenantStatusChanged.Status.ACTIVE, null));
        client().post().uri("/api/tenants/{id}/suspend", UUID.randomUUID()).header("Authorization", owner())
                .exchange().expectStatus().isNotFound();
    }

    @Test
    void theOwnerPagesThroughTenantsWithACursor() {
        tenant();
        tenant();
        JsonNode first = client().get().uri("/api/tenants?limit=1").header("Authorization", owner()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(first.get("items")).hasSize(1);
        JsonNode second = client().get().uri("/api/tenants?limit=1&cursor={c}", first.get("nextCursor").asString())
                .header("Authorization", owner()).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(second.get("items").get(0).get("id")).isNotEqualTo(first.get("items").get(0).get("id"));
        client().get().uri("/api/tenants?cursor=garbage").header("Authorization", owner()).exchange()
                .expectStatus().isBadRequest();
    }

    @Test
    void aTenantAdminManagesUsersAndEveryChangeIsPublished() {
        TestTenant tenant = tenant();
        String admin = bearer(tenant.id(), Role.TENANT_ADMIN);
        String email = "agent-" + unique() + "@agency.example";

        JsonNode created = client().post().uri("/api/users").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email.toUpperCase(), "displayName", " Layla ", "role", "agent",
                        "password", "correct-horse-battery"))
                .exchange().expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID userId = UUID.fromString(created.get("id").asString());
        assertThat(created.get("email").asString()).isEqualTo(email);
        assertThat(created.get("displayName").asString()).isEqualTo("Layla");
        assertThat(created.toString()).doesNotContain("password").doesNotContain("$2a$");

        client().patch().uri("/api/users/{id}", userId).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("role", "tenant_admin", "displayName", "Layla H."))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.role").isEqualTo("tenant_admin");

        List<EventEnvelope> events = awaitEvents(tenant.id(), userId, 2);
        assertThat(events).extracting(EventEnvelope::payload).containsExactly(
                new UserUpserted(userId, "agent", "Layla", true),
                new UserUpserted(userId, "tenant_admin", "Layla H.", true));
        client().get().uri("/api/users").header("Authorization", bearer(tenant.id(), Role.AGENT)).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items.length()").isEqualTo(1)
                .jsonPath("$.items[0].email").isEqualTo(email);
        client().post().uri("/api/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Again", "role", "agent",
                        "password", "correct-horse-battery"))
                .exchange().expectStatus().isEqualTo(409);
        client().post().uri("/api/users").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "x" + email, "displayName", "Boss", "role", "super_admin",
                        "password", "correct-horse-battery"))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void anAdminCannotDeactivateOrDemoteThemselves() {
        TestTenant tenant = tenant();
        JsonNode created = client().post().uri("/api/users")
                .header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "self-" + unique() + "@agency.example", "displayName", "Self",
                        "role", "tenant_admin", "password", "correct-horse-battery"))
                .exchange().expectBody(JsonNode.class).returnResult().getResponseBody();
        UUID id = UUID.fromString(created.get("id").asString());
        String self = "Bearer " + accessTokens.issue(new PlatformPrincipal(id.toString(), tenant.id(),
                Role.TENANT_ADMIN), Duration.ofMinutes(5));

        client().patch().uri("/api/users/{id}", id).header("Authorization", self)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false))
                .exchange().expectStatus().isEqualTo(409);
        client().patch().uri("/api/users/{id}", id).header("Authorization", self)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("role", "agent"))
                .exchange().expectStatus().isEqualTo(409);
    }

    @Test
    void aBotTokenIsCheckedWithTelegramStoredEncryptedNeverReturnedAndThenPolled() {
        TestTenant tenant = tenant();
        String admin = bearer(tenant.id(), Role.TENANT_ADMIN);
        String token = (500_000 + unique()) + ":AAH-real-looking-token";

        JsonNode view = client().put().uri("/api/channels").header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("telegram", Map.of("botToken", token)))
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(view.get("telegram").get("configured").asBoolean()).isTrue();
        assertThat(view.get("telegram").get("botUsername").asString()).isEqualTo("demo_bot");
        assertThat(view.get("telegram").get("delivery").asString()).isEqualTo("polling");
        assertThat(view.toString()).doesNotContain("AAH-real-looking-token");
        assertThat(TELEGRAM.calls(call -> call.method().equals("getMe") && call.token().equals(token))).hasSize(1);
        String stored = tenants.inTenant(tenant.id(), database.sql("select bot_token_enc || ' ' || webhook_secret_enc "
                        + "as sealed from telegram_settings where tenant_id = $1")
                .bind(0, tenant.id()).map(row -> row.get("sealed", String.class)).one())
                .block(Duration.ofSeconds(5));
        assertThat(stored).startsWith("v1:").doesNotContain("AAH-real-looking-token");
        await().atMost(Duration.ofSeconds(20)).until(() -> !TELEGRAM.calls(call -> call.method().equals("getUpdates")
                && call.token().equals(token)).isEmpty());

        client().delete().uri("/api/channels/telegram").header("Authorization", admin).exchange()
                .expectStatus().isNoContent();
        client().get().uri("/api/channels").header("Authorization", admin).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.telegram.configured").isEqualTo(false);
    }

    @Test
    void aTokenTelegramRefusesIs400AndNothingIsStored() {
        TestTenant tenant = tenant();
        String token = (600_000 + unique()) + ":revoked-token";
        TELEGRAM.rejectToken(token);

        client().put().uri("/api/channels").header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("telegram", Map.of("botToken", token)))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").isEqualTo("Telegram does not accept this bot token");
        client().put().uri("/api/channels").header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("telegram", Map.of("botToken", "no-colon")))
                .exchange().expectStatus().isBadRequest();
        client().get().uri("/api/channels").header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .exchange().expectBody().jsonPath("$.telegram.configured").isEqualTo(false);
    }

    @Test
    void aWhatsAppNumberIsCheckedStoredEncryptedAndBelongsToOneAgencyOnly() {
        TestTenant tenant = tenant();
        String number = Long.toString(300_000_000_000L + unique());
        GRAPH.registerNumber(number, "EAAG-secret-token");
        Map<String, Object> settings = Map.of("whatsapp", Map.of("phoneNumberId", number, "accessToken",
                "EAAG-secret-token", "appSecret", "own-app-secret", "templateName", "follow_up",
                "templateLanguage", "en_US"));

        JsonNode view = client().put().uri("/api/channels")
                .header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(settings)
                .exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();
        assertThat(view.get("whatsapp").get("phoneNumberId").asString()).isEqualTo(number);
        assertThat(view.get("whatsapp").get("ownAppSecret").asBoolean()).isTrue();
        assertThat(view.get("whatsapp").get("templateName").asString()).isEqualTo("follow_up");
        assertThat(view.toString()).doesNotContain("EAAG-secret-token").doesNotContain("own-app-secret");

        client().put().uri("/api/channels").header("Authorization", bearer(tenant().id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(settings).exchange().expectStatus().isEqualTo(409);
        client().put().uri("/api/channels").header("Authorization", bearer(tenant().id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("whatsapp", Map.of("phoneNumberId", number, "accessToken", "wrong-token")))
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void webChatOriginsAreValidated() {
        TestTenant tenant = tenant();
        String admin = bearer(tenant.id(), Role.TENANT_ADMIN);

        client().put().uri("/api/channels").header("Authorization", admin).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("webchat", Map.of("allowedOrigins", List.of("https://agency.example",
                        "https://*.agency.example", "http://localhost:*"))))
                .exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.webchat.allowedOrigins.length()").isEqualTo(3);
        for (String bad : List.of("javascript:alert(1)", "https://agency.example/path", "ftp://x.example", "")) {
            client().put().uri("/api/channels").header("Authorization", admin)
                    .contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("webchat", Map.of("allowedOrigins", List.of(bad))))
                    .exchange().expectStatus().isBadRequest();
        }
    }

    private List<EventEnvelope> awaitEvents(UUID tenantId, UUID aggregateId, int count) {
        String key = new AggregateKey(tenantId, aggregateId).value();
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> TOPICS.envelopesFor(Topics.TENANT_EVENTS, key), list -> list.size() >= count);
    }
}
