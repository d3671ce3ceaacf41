package com.artinsmartrealty.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.media.MediaStore;
import com.artinsmartrealty.gateway.media.StoredFile;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Every endpoint of the gateway, its own and the routed ones, against every kind of bad token
 * (401), every role (allowed or 403 as designed) and another tenant's resource ids (404).
 */
class SecurityMatrixIT extends GatewayIT {

    private static final Set<Role> TENANT_STAFF = EnumSet.of(Role.TENANT_ADMIN, Role.AGENT);
    private static final Set<Role> ADMIN = EnumSet.of(Role.TENANT_ADMIN);
    private static final Set<Role> OWNER = EnumSet.of(Role.SUPER_ADMIN);
    private static final Set<Role> EVERYONE = EnumSet.of(Role.SUPER_ADMIN, Role.TENANT_ADMIN, Role.AGENT);

    @Autowired
    private MediaStore media;

    /** An endpoint, a body it accepts, and the roles that may call it. */
    record Endpoint(HttpMethod method, String path, Object body, Set<Role> roles) {
    }

    private List<Endpoint> endpoints() {
        UUID id = UUID.randomUUID();
        return List.of(
                new Endpoint(HttpMethod.GET, "/api/users", null, TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/users/" + id, null, TENANT_STAFF),
                new Endpoint(HttpMethod.POST, "/api/users", Map.of("email", "m-" + unique() + "@x.example",
                        "displayName", "M", "role", "agent", "password", "correct-horse-battery"), ADMIN),
                new Endpoint(HttpMethod.PATCH, "/api/users/" + id, Map.of("displayName", "N"), ADMIN),
                new Endpoint(HttpMethod.GET, "/api/channels", null, ADMIN),
                new Endpoint(HttpMethod.PUT, "/api/channels", Map.of("webchat", Map.of("allowedOrigins", List.of())),
                        ADMIN),
                new Endpoint(HttpMethod.DELETE, "/api/channels/whatsapp", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/tenants", null, OWNER),
                new Endpoint(HttpMethod.GET, "/api/tenants/" + id, null, OWNER),
                new Endpoint(HttpMethod.POST, "/api/tenants", Map.of("slug", "m-" + unique(), "name", "M",
                        "plan", "p", "monthlyPriceMinor", 1, "currency", "USD", "timeZone", "Asia/Dubai"), OWNER),
                new Endpoint(HttpMethod.POST, "/api/tenants/" + id + "/suspend", null, OWNER),
                new Endpoint(HttpMethod.PUT, "/api/tenants/" + id + "/plan", Map.of("plan", "p",
                        "monthlyPriceMinor", 1, "currency", "USD"), OWNER),
                new Endpoint(HttpMethod.GET, "/api/deliveries/" + id, null, TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/internal/media?ref=media:" + id + "/" + id, null,
                        EnumSet.of(Role.SERVICE)),
                new Endpoint(HttpMethod.GET, "/api/media?ref=media:" + id + "/" + id, null, TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/leads?status=new", null, TENANT_STAFF),
                new Endpoint(HttpMethod.PATCH, "/api/leads/" + id, Map.of("status", "contacted"), TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/leads/" + id + "/report.pdf", null, TENANT_STAFF),
                new Endpoint(HttpMethod.DELETE, "/api/leads/" + id, null, TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/properties", null, TENANT_STAFF),
                new Endpoint(HttpMethod.POST, "/api/properties", Map.of("title", "Villa"), TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/platform/tenants/" + id + "/leads", null, OWNER),
                new Endpoint(HttpMethod.GET, "/api/lead-settings", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/lead-agents", null, ADMIN),
                new Endpoint(HttpMethod.GET, "/api/slots?agentId=" + id, null, TENANT_STAFF),
                new Endpoint(HttpMethod.POST, "/api/appointments", Map.of("agentId", id.toString()), TENANT_STAFF),
                new Endpoint(HttpMethod.PUT, "/api/agents/" + id + "/availability", Map.of(), TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/conversations", null, TENANT_STAFF),
                new Endpoint(HttpMethod.POST, "/api/conversations/" + id + "/takeover", null, TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/knowledge-base", null, TENANT_STAFF),
                new Endpoint(HttpMethod.POST, "/api/ai/reply", Map.of(), TENANT_STAFF),
                new Endpoint(HttpMethod.GET, "/api/analytics/funnel", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/analytics/costs", null, EVERYONE),
                new Endpoint(HttpMethod.GET, "/api/analytics/mrr", null, OWNER),
                new Endpoint(HttpMethod.GET, "/api/no-such-thing", null, EVERYONE));
    }

    @Test
    void missingMalformedForgedExpiredTamperedAndUnsignedTokensAre401Everywhere() {
        UUID tenantId = tenant().id();
        Map<String, String> bad = badTokens(tenantId);
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (var token : bad.entrySet()) {
                int status = call(endpoint, token.getValue()).returnResult(String.class).getStatus().value();
                if (status != 401) {
                    failures.add(endpoint.method() + " " + endpoint.path() + " with " + token.getKey() + " -> " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void eachRoleIsAllowedOrForbiddenAsDesignedOnEveryEndpoint() {
        UUID tenantId = tenant().id();
        List<String> failures = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            for (Role role : Role.values()) {
                String token = token(role == Role.SUPER_ADMIN ? null : tenantId, role);
                int status;
                try {
                    status = call(endpoint, "Bearer " + token).returnResult(String.class).getStatus().value();
                } catch (IllegalStateException e) {
                    failures.add(endpoint.method() + " " + endpoint.path() + " as " + role + " -> " + e.getMessage());
                    continue;
                }
                boolean allowed = endpoint.roles().contains(role);
                boolean ok = allowed ? status != 401 && status != 403 && status < 500 : status == 403;
                if (!ok) {
                    failures.add(endpoint.method() + " " + endpoint.path() + " as " + role + " -> " + status);
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void anotherTenantsResourcesAreNotFound() {
        TestTenant mine = tenant();
        TestTenant theirs = telegramTenant();
        JsonNode theirUser = client().post().uri("/api/users").header("Authorization", bearer(theirs.id(),
                        Role.TENANT_ADMIN)).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "their-" + unique() + "@x.example", "displayName", "Theirs",
                        "role", "agent", "password", "correct-horse-battery"))
                .exchange().expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        String theirUserId = theirUser.get("id").asString();
        ReplyComposed theirReply = reply(Channel.TELEGRAM, Long.toString(900_000_000L + unique()), "private",
                List.of(), List.of());
        publishReply(theirs, theirReply);
        awaitDelivery(theirs, theirReply.messageId(), "sent");
        String theirMedia = media.store(theirs.id(), null, new StoredFile("secret".getBytes(StandardCharsets.UTF_8),
                "text/plain", null)).block(Duration.ofSeconds(5)).ref();
        String theirIdUnderMyTenant = theirMedia.replace(theirs.id().toString(), mine.id().toString());

        String admin = bearer(mine.id(), Role.TENANT_ADMIN);
        client().get().uri("/api/users/{id}", theirUserId).header("Authorization", admin).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().patch().uri("/api/users/{id}", theirUserId).header("Authorization", admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false))
                .exchange().expectStatus().isNotFound();
        client().get().uri("/api/deliveries/{id}", theirReply.messageId()).header("Authorization", admin).exchange()
                .expectStatus().isNotFound();
        for (String ref : List.of(theirMedia, theirIdUnderMyTenant)) {
            client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", ref).build())
                    .header("Authorization", bearer(mine.id(), Role.SERVICE)).exchange().expectStatus().isNotFound();
        }
        client().get().uri("/api/users").header("Authorization", admin).exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.items.length()").isEqualTo(0);
        assertThat(client().get().uri("/api/channels").header("Authorization", admin).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("telegram").get("configured")
                .asBoolean()).isFalse();
        client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", theirMedia).build())
                .header("Authorization", bearer(theirs.id(), Role.SERVICE)).exchange().expectStatus().isOk();
    }

    @Test
    void routedCallsCarryTheCallersOwnTokenSoEachServiceScopesToItsTenant() {
        TestTenant tenant = tenant();
        String token = token(tenant.id(), Role.AGENT);

        JsonNode echo = client().get().uri("/api/leads/{id}", UUID.randomUUID()).header("Authorization",
                        "Bearer " + token).exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(echo.get("authorization").asString()).isEqualTo("Bearer " + token);
        assertThat(accessTokens.verify(token).tenantId()).isEqualTo(tenant.id());
    }

    private WebTestClient.ResponseSpec call(Endpoint endpoint, String authorization) {
        var request = client().method(endpoint.method()).uri(endpoint.path());
        if (authorization != null) {
            request = request.header("Authorization", authorization);
        }
        if (endpoint.body() != null) {
            return request.contentType(MediaType.APPLICATION_JSON).bodyValue(endpoint.body()).exchange();
        }
        return request.exchange();
    }

    /** Tokens no service may accept, by what is wrong with them (null: no token at all). */
    private Map<String, String> badTokens(UUID tenantId) {
        String valid = token(tenantId, Role.AGENT);
        String[] parts = valid.split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String elevated = Base64.getUrlEncoder().withoutPadding().encodeToString(payload.replace("\"agent\"",
                "\"tenant_admin\"").getBytes(StandardCharsets.UTF_8));
        String unsignedHeader = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        Map<String, String> tokens = new java.util.LinkedHashMap<>();
        tokens.put("no token", null);
        tokens.put("not a bearer", "Basic YWRtaW46YWRtaW4=");
        tokens.put("garbage", "Bearer not-a-jwt");
        tokens.put("forged", "Bearer " + signed(tenantId, "super_admin", "a-different-secret-of-32-bytes-or-more!!",
                Instant.now().plusSeconds(600)));
        tokens.put("expired", "Bearer " + signed(tenantId, "tenant_admin",
                EmbeddedInfrastructureInitializer.TEST_JWT_SECRET, Instant.now().minusSeconds(60)));
        tokens.put("tampered", "Bearer " + parts[0] + "." + elevated + "." + parts[2]);
        tokens.put("alg none", "Bearer " + unsignedHeader + "." + parts[1] + ".");
        tokens.put("alg none, elevated", "Bearer " + unsignedHeader + "." + elevated + ".");
        tokens.put("unknown role", "Bearer " + signed(tenantId, "root", EmbeddedInfrastructureInitializer.TEST_JWT_SECRET,
                Instant.now().plusSeconds(600)));
        return tokens;
    }

    private static String signed(UUID tenantId, String role, String secret, Instant expires) {
        return Jwts.builder().issuer("artinsmartrealty").subject(UUID.randomUUID().toString())
                .claim("tenant_id", tenantId.toString()).claim("role", role)
                .issuedAt(Date.from(expires.minusSeconds(900))).expiration(Date.from(expires))
                .signWith(Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8)), Jwts.SIG.HS256).compact();
    }
}
