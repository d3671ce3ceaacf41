package com.artinsmartrealty.gateway.edge;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.security.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The dashboard's REST edge: routing to the services, CORS, body limits, OpenAPI. */
class EdgeIT extends GatewayIT {

    @ParameterizedTest
    @CsvSource({
        "/api/leads?status=new&cursor=abc, lead",
        "/api/leads/export.xlsx, lead",
        "/api/properties/42, lead",
        "/api/slots?agentId=7&limit=3, scheduling",
        "/api/appointments, scheduling",
        "/api/agents/7/availability, scheduling",
        "/api/conversations/9, conversation",
        "/api/knowledge-base, ai",
        "/api/ai/usage, ai",
        "/api/analytics/funnel, analytics"})
    void eachApiPathGoesToItsServiceWithItsPathQueryAndTheCallersToken(String uri, String service) {
        String token = bearer(tenant().id(), Role.TENANT_ADMIN);

        JsonNode echo = client().get().uri(uri).header(HttpHeaders.AUTHORIZATION, token).exchange()
                .expectStatus().isOk().expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(echo.get("service").asString()).isEqualTo(service);
        String path = uri.contains("?") ? uri.substring(0, uri.indexOf('?')) : uri;
        assertThat(echo.get("path").asString()).isEqualTo(path);
        if (uri.contains("?")) {
            assertThat(echo.get("query").asString()).isEqualTo(uri.substring(uri.indexOf('?') + 1));
        }
        assertThat(echo.get("authorization").asString()).isEqualTo(token);
    }

    @Test
    void thePlatformsLeadsAndMrrGoToTheirServicesForTheOwner() {
        String owner = bearer(null, Role.SUPER_ADMIN);

        client().get().uri("/api/platform/tenants/" + tenant().id() + "/leads").header(HttpHeaders.AUTHORIZATION, owner).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("lead");
        client().get().uri("/api/analytics/mrr").header(HttpHeaders.AUTHORIZATION, owner).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("analytics");
    }

    @Test
    void theGatewaysOwnPathsAreNotRoutedAndUnknownPathsAre404() {
        String admin = bearer(tenant().id(), Role.TENANT_ADMIN);

        client().get().uri("/api/users").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.items").isArray();
        client().get().uri("/api/nowhere").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void anImportMayBeLargerThanOtherCallsButNotWithoutLimit() {
        String admin = bearer(tenant().id(), Role.TENANT_ADMIN);
        byte[] csv = ("title,price\n" + "Villa,1000000\n".repeat(300_000)).getBytes();

        client().post().uri("/api/properties/import").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(csv).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.bodyBytes").isEqualTo(csv.length);
        client().post().uri("/api/properties").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(csv).exchange()
                .expectStatus().isEqualTo(413).expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/api/properties/import").header(HttpHeaders.AUTHORIZATION, admin)
                .contentType(MediaType.parseMediaType("text/csv")).bodyValue(new byte[11 * 1024 * 1024]).exchange()
                .expectStatus().isEqualTo(413);
    }

    @Test
    void theDashboardsOriginMayCallTheApiFromTheBrowserAndOthersMayNot() {
        client().options().uri("/api/leads")
                .header(HttpHeaders.ORIGIN, "https://dashboard.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "PATCH")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "authorization,content-type")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example")
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, methods ->
                        assertThat(methods).contains("PATCH"));
        client().options().uri("/api/leads")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden();
        client().get().uri("/api/users").header(HttpHeaders.ORIGIN, "https://dashboard.example")
                .header(HttpHeaders.AUTHORIZATION, bearer(tenant().id(), Role.AGENT)).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://dashboard.example");
    }

    @Test
    void theOpenApiDescriptionListsTheGatewaysEndpointsAndItsBearerScheme() {
        JsonNode docs = client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(docs.get("paths").propertyNames()).contains("/api/auth/login", "/api/auth/refresh", "/api/users",
                "/api/channels", "/api/tenants", "/api/deliveries/{messageId}", "/webhooks/telegram/{tenantSlug}",
                "/webhooks/whatsapp", "/webchat/{tenantSlug}/sessions", "/internal/media");
        assertThat(docs.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        client().get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
    }

    @Test
    void aServiceThatIsDownAnswers503WithAProblemNamingIt() {
        String admin = bearer(tenant().id(), Role.TENANT_ADMIN);
        SERVICES.stop("analytics");
        try {
            client().get().uri("/api/analytics/funnel").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                            .contains("analytics-service"));
        } finally {
            SERVICES.restart("analytics");
        }
        client().get().uri("/api/analytics/funnel").header(HttpHeaders.AUTHORIZATION, admin).exchange()
                .expectStatus().isOk();
    }
}
