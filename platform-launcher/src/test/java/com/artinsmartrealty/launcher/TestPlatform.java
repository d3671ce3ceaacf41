package com.artinsmartrealty.launcher;

import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/** The whole platform with the demo agency, on free ports over the shared embedded infrastructure. */
final class TestPlatform {

    /** The password of the demo agency's logins in these tests. */
    static final String DEMO_PASSWORD = "e2e-Demo-password-42";
    private static final String SECRETS_KEY = Base64.getEncoder().encodeToString(
            "launcher-tests-secrets-key-32byt".getBytes(StandardCharsets.US_ASCII));

    private TestPlatform() {
    }

    /** Starts every service; {@code extra} settings are added to (or override) the test defaults. */
    static PlatformServices start(Map<String, String> extra) {
        Map<String, String> settings = new HashMap<>(Map.of(
                "platform.security.jwt.secret", EmbeddedInfrastructureInitializer.TEST_JWT_SECRET,
                "gateway.secrets.key", SECRETS_KEY,
                "platform.demo.password", DEMO_PASSWORD));
        settings.putAll(extra);
        return PlatformServices.start(Infrastructure.shared(), Map.of(
                        "ai-service", 0, "lead-service", 0, "scheduling-service", 0, "analytics-service", 0,
                        "conversation-service", 0, "gateway-service", 0),
                settings, true);
    }
}
