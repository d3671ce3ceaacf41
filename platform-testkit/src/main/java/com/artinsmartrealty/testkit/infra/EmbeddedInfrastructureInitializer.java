package com.artinsmartrealty.testkit.infra;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a service's test context at the shared {@link Infrastructure}. The service is known by
 * {@code spring.application.name}.
 */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** The signing key every service shares in tests, so tokens minted by one verify in another. */
    public static final String TEST_JWT_SECRET = "test-only-signing-key-0123456789abcdef";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String application = context.getEnvironment().getRequiredProperty("spring.application.name");
        Map<String, Object> properties = new LinkedHashMap<>(Infrastructure.shared().springProperties(application));
        properties.putIfAbsent("platform.security.jwt.secret", TEST_JWT_SECRET);
        context.getEnvironment().getPropertySources()
                .addFirst(new MapPropertySource("embeddedInfrastructure", properties));
    }
}
