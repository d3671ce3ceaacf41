package com.artinsmartrealty.gateway.media;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.security.Role;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** {@code GET /internal/media} and {@code GET /api/media}: chat files for the other services and the dashboard. */
class MediaIT extends GatewayIT {

    @Test
    void aTelegramFileNotFetchedYetIsFetchedOnceThroughTheTenantsBotAndServed() {
        TestTenant tenant = telegramTenant();
        String fileId = "late-" + unique();
        byte[] bytes = "OggS late".getBytes(StandardCharsets.US_ASCII);
        TELEGRAM.addFile(fileId, bytes, "voice/" + fileId + ".oga", 0);

        for (int i = 0; i < 2; i++) {
            byte[] served = client().get().uri(uri -> uri.path("/internal/media").queryParam("ref",
                            "telegram-file:" + fileId).build())
                    .header(HttpHeaders.AUTHORIZATION, bearer(tenant.id(), Role.SERVICE))
                    .exchange().expectStatus().isOk().expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(served).isEqualTo(bytes);
        }
        assertThat(TELEGRAM.calls(call -> call.method().equals("getFile")
                && fileId.equals(call.parameters().get("file_id")))).hasSize(1);
    }

    @Test
    void theAgencysStaffSeeAVisitorsPhotoInTheDashboardAndNoOtherAgencyCan() {
        TestTenant tenant = telegramTenant();
        String fileId = "photo-" + unique();
        byte[] bytes = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3};
        TELEGRAM.addFile(fileId, bytes, "photos/" + fileId + ".jpg", 0);

        for (Role role : new Role[] {Role.TENANT_ADMIN, Role.AGENT}) {
            byte[] served = client().get().uri(uri -> uri.path("/api/media").queryParam("ref",
                            "telegram-file:" + fileId).build())
                    .header(HttpHeaders.AUTHORIZATION, bearer(tenant.id(), role))
                    .exchange().expectStatus().isOk()
                    .expectHeader().valueEquals(HttpHeaders.CACHE_CONTROL, "private, max-age=3600")
                    .expectBody(byte[].class).returnResult().getResponseBody();
            assertThat(served).isEqualTo(bytes);
        }
        client().get().uri(uri -> uri.path("/api/media").queryParam("ref", "telegram-file:" + fileId).build())
                .header(HttpHeaders.AUTHORIZATION, bearer(tenant().id(), Role.TENANT_ADMIN))
                .exchange().expectStatus().isNotFound();
        client().get().uri(uri -> uri.path("/api/media").queryParam("ref", "telegram-file:" + fileId).build())
                .exchange().expectStatus().isUnauthorized();
    }

    @Test
    void unknownFilesAndSchemesAreClientErrors() {
        TestTenant tenant = telegramTenant();
        String service = bearer(tenant.id(), Role.SERVICE);

        client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", "telegram-file:nope").build())
                .header(HttpHeaders.AUTHORIZATION, service).exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", "media:not-a-ref").build())
                .header(HttpHeaders.AUTHORIZATION, service).exchange().expectStatus().isNotFound();
        client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", "file:///etc/passwd").build())
                .header(HttpHeaders.AUTHORIZATION, service).exchange().expectStatus().isBadRequest();
        client().get().uri("/internal/media").header(HttpHeaders.AUTHORIZATION, service).exchange()
                .expectStatus().isBadRequest();
    }
}
