package com.artinsmartrealty.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AccessTokensTest {

    private static final String SECRET = "a-test-secret-that-is-long-enough-0123456789";
    private static final Instant NOW = Instant.parse("2026-05-01T12:00:00Z");
    private static final PlatformPrincipal ADMIN = new PlatformPrincipal(UUID.randomUUID().toString(),
            UUID.randomUUID(), Role.TENANT_ADMIN);

    private final AccessTokens tokens = new AccessTokens(SECRET, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aTokenItIssuedVerifiesToTheSamePrincipal() {
        assertThat(tokens.verify(tokens.issue(ADMIN, Duration.ofMinutes(15)))).isEqualTo(ADMIN);
    }

    @Test
    void theSuperAdminCarriesNoTenant() {
        PlatformPrincipal owner = new PlatformPrincipal(UUID.randomUUID().toString(), null, Role.SUPER_ADMIN);

        assertThat(tokens.verify(tokens.issue(owner, Duration.ofMinutes(15))).tenantId()).isNull();
    }

    @Test
    void anExpiredTokenIsRefused() {
        String token = tokens.issue(ADMIN, Duration.ofMinutes(15));
        AccessTokens later = new AccessTokens(SECRET, Clock.fixed(NOW.plus(Duration.ofMinutes(16)), ZoneOffset.UTC));

        assertThatThrownBy(() -> later.verify(token)).isInstanceOf(AccessTokens.InvalidTokenException.class);
    }

    @Test
    void aTokenSignedWithAnotherKeyIsRefused() {
        String foreign = new AccessTokens("another-secret-that-is-also-long-enough-xyz", Clock.fixed(NOW,
                ZoneOffset.UTC)).issue(ADMIN, Duration.ofMinutes(15));

        assertThatThrownBy(() -> tokens.verify(foreign)).isInstanceOf(AccessTokens.InvalidTokenException.class);
    }

    @Test
    void aTamperedClaimIsRefused() {
        String[] parts = tokens.issue(ADMIN, Duration.ofMinutes(15)).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("tenant_admin", "super_admin");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(claims.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];

        assertThatThrownBy(() -> tokens.verify(tampered)).isInstanceOf(AccessTokens.InvalidTokenException.class);
    }

    @Test
    void anUnsignedTokenIsRefused() {
        String[] parts = tokens.issue(ADMIN, Duration.ofMinutes(15)).split("\\.");
        String header = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> tokens.verify(header + "." + parts[1] + "."))
                .isInstanceOf(AccessTokens.InvalidTokenException.class);
    }

    @Test
    void garbageIsRefused() {
        assertThatThrownBy(() -> tokens.verify("not.a.token")).isInstanceOf(AccessTokens.InvalidTokenException.class);
    }

    @Test
    void aShortSecretIsRefusedAtStartup() {
        assertThatThrownBy(() -> new AccessTokens("short", Clock.systemUTC()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("JWT_SECRET");
    }
}
