package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Tokens signed with the tests' shared key, as the gateway and other services would issue them. */
public final class TestTokens {

    public static final AccessTokens TOKENS = new AccessTokens(EmbeddedInfrastructureInitializer.TEST_JWT_SECRET,
            Clock.systemUTC());

    private TestTokens() {
    }

    /** What the conversation service presents for a call on behalf of {@code tenantId}. */
    public static String service(UUID tenantId) {
        return TOKENS.issue(new PlatformPrincipal("service:conversation-service", tenantId, Role.SERVICE),
                Duration.ofMinutes(10));
    }

    public static String admin(UUID tenantId) {
        return TOKENS.issue(new PlatformPrincipal(UUID.randomUUID().toString(), tenantId, Role.TENANT_ADMIN),
                Duration.ofMinutes(10));
    }

    public static String agent(UUID tenantId) {
        return TOKENS.issue(new PlatformPrincipal(UUID.randomUUID().toString(), tenantId, Role.AGENT),
                Duration.ofMinutes(10));
    }

    public static String superAdmin() {
        return TOKENS.issue(new PlatformPrincipal(UUID.randomUUID().toString(), null, Role.SUPER_ADMIN),
                Duration.ofMinutes(10));
    }
}
