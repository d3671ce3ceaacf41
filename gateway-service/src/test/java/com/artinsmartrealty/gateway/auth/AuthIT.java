package com.artinsmartrealty.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Sign-in, refresh rotation with reuse detection, sign-out and login throttling. */
class AuthIT extends GatewayIT {

    @Test
    void theDemoLoginsSignInWithTheLaunchersPasswordAndGetTokensWithTheRightClaims() {
        TokenPair admin = login(address(), DemoAgency.ADMIN_EMAIL, DEMO_PASSWORD);
        PlatformPrincipal principal = accessTokens.verify(admin.accessToken());
        assertThat(principal.subject()).isEqualTo(DemoAgency.ADMIN_ID.toString());
        assertThat(principal.tenantId()).isEqualTo(DemoAgency.TENANT_ID);
        assertThat(principal.role()).isEqualTo(Role.TENANT_ADMIN);
        assertThat(admin.expiresIn()).isEqualTo(900);
        assertThat(admin.refreshToken()).hasSizeGreaterThanOrEqualTo(43);

        assertThat(accessTokens.verify(login(address(), DemoAgency.AGENT1_EMAIL, DEMO_PASSWORD).accessToken()).role())
                .isEqualTo(Role.AGENT);
        PlatformPrincipal owner = accessTokens.verify(login(address(), "OWNER@platform.example ", DEMO_PASSWORD)
                .accessToken());
        assertThat(owner.role()).isEqualTo(Role.SUPER_ADMIN);
        assertThat(owner.tenantId()).isNull();
        assertThat(owner.subject()).isEqualTo(DemoAgency.OWNER_ID.toString());
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswer() {
        String address = address();
        String wrongPassword = attempt(address, DemoAgency.AGENT2_EMAIL, "wrong-password").expectStatus()
                .isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(String.class).returnResult().getResponseBody();
        String unknown = attempt(address, "nobody-" + UUID.randomUUID() + "@example.com", "wrong-password")
                .expectStatus().isUnauthorized().expectBody(String.class).returnResult().getResponseBody();

        assertThat(wrongPassword).contains("e-mail or password is wrong");
        assertThat(unknown).isEqualTo(wrongPassword);
    }

    @Test
    void afterFiveFailuresTheAccountIsLockedForTheWindowEvenWithTheRightPassword() {
        String email = newUser(Role.AGENT, "correct-horse-battery");
        for (int i = 0; i < 5; i++) {
            attempt(address(), email, "wrong-" + i).expectStatus().isUnauthorized();
        }

        attempt(address(), email, "correct-horse-battery").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void oneAddressMayTryOnlySoManyLoginsPerWindow() {
        String address = address();
        for (int i = 0; i < 30; i++) {
            attempt(address, "probe-" + i + "@example.com", "whatever-it-is").expectStatus().isUnauthorized();
        }

        attempt(address, DemoAgency.AGENT1_EMAIL, DEMO_PASSWORD).expectStatus().isEqualTo(429);
        attempt(address(), DemoAgency.AGENT1_EMAIL, DEMO_PASSWORD).expectStatus().isOk();
    }

    @Test
    void aRefreshRotatesTheTokenAndPresentingTheOldOneAgainRevokesTheWholeSession() {
        TokenPair first = login(address(), newUser(Role.AGENT, "correct-horse-battery"), "correct-horse-battery");

        TokenPair second = refresh(first.refreshToken()).expectStatus().isOk().expectBody(TokenPair.class)
                .returnResult().getResponseBody();
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(accessTokens.verify(second.accessToken()).subject())
                .isEqualTo(accessTokens.verify(first.accessToken()).subject());

        refresh(first.refreshToken()).expectStatus().isUnauthorized();
        refresh(second.refreshToken()).expectStatus().isUnauthorized();
    }

    @Test
    void logoutRevokesTheRefreshTokenAndEveryTokenRotatedFromIt() {
        TokenPair first = login(address(), newUser(Role.AGENT, "correct-horse-battery"), "correct-horse-battery");
        TokenPair second = refresh(first.refreshToken()).expectBody(TokenPair.class).returnResult().getResponseBody();

        client().post().uri("/api/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", first.refreshToken())).exchange().expectStatus().isNoContent();

        refresh(second.refreshToken()).expectStatus().isUnauthorized();
        client().post().uri("/api/auth/logout").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", "never-issued")).exchange().expectStatus().isNoContent();
    }

    @Test
    void aDeactivatedUserCannotSignInAndTheirSessionsEnd() {
        String email = newUser(Role.AGENT, "correct-horse-battery");
        TokenPair tokens = login(address(), email, "correct-horse-battery");
        UUID userId = UUID.fromString(accessTokens.verify(tokens.accessToken()).subject());
        UUID tenantId = accessTokens.verify(tokens.accessToken()).tenantId();

        client().patch().uri("/api/users/{id}", userId).header("Authorization", bearer(tenantId, Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("active", false))
                .exchange().expectStatus().isOk();

        attempt(address(), email, "correct-horse-battery").expectStatus().isUnauthorized();
        refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
    }

    @Test
    void aSuspendedAgencysUsersCannotSignInRefreshOrCallTheApi() {
        TestTenant tenant = tenant();
        String email = newUser(tenant, Role.TENANT_ADMIN, "correct-horse-battery");
        TokenPair tokens = login(address(), email, "correct-horse-battery");
        String owner = bearer(null, Role.SUPER_ADMIN);

        client().post().uri("/api/tenants/{id}/suspend", tenant.id()).header("Authorization", owner)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("reason", "unpaid"))
                .exchange().expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("suspended");

        attempt(address(), email, "correct-horse-battery").expectStatus().isForbidden();
        refresh(tokens.refreshToken()).expectStatus().isUnauthorized();
        client().get().uri("/api/users").header("Authorization", "Bearer " + tokens.accessToken())
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void loginBodiesThatAreNotCredentialsAre400() {
        for (String body : new String[] {"{}", "{\"email\":\"a@b.c\"}", "{not json", "[]",
            "{\"email\":\"" + "a".repeat(300) + "@x.io\",\"password\":\"p\"}"}) {
            client().post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().post().uri("/api/auth/login").contentType(MediaType.TEXT_PLAIN).bodyValue("user:pass")
                .exchange().expectStatus().isEqualTo(415);
    }

    private String newUser(Role role, String password) {
        return newUser(tenant(), role, password);
    }

    private String newUser(TestTenant tenant, Role role, String password) {
        String email = "user-" + unique() + "@agency.example";
        client().post().uri("/api/users").header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "displayName", "Test User", "role", role.claim(),
                        "password", password))
                .exchange().expectStatus().isCreated();
        return email;
    }

    private TokenPair login(String address, String email, String password) {
        return attempt(address, email, password).expectStatus().isOk().expectBody(TokenPair.class).returnResult()
                .getResponseBody();
    }

    private WebTestClient.ResponseSpec attempt(String address, String email, String password) {
        return client().post().uri("/api/auth/login")
                .header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", password))
                .exchange();
    }

    private WebTestClient.ResponseSpec refresh(String refreshToken) {
        return client().post().uri("/api/auth/refresh").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("refreshToken", refreshToken)).exchange();
    }
}
