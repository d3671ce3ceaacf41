package com.artinsmartrealty.conversation.bench;

import com.artinsmartrealty.conversation.ConversationApplication;
import com.artinsmartrealty.conversation.dialogue.FakeServiceServer;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One conversation-service instance on the embedded Kafka, PostgreSQL and Redis, with the other
 * services replaced by local stand-ins whose AI answers after a fixed latency.
 */
final class BenchPlatform implements AutoCloseable {

    final Infrastructure infrastructure;
    final FakeServiceServer fakes;
    final ConfigurableApplicationContext service;

    private BenchPlatform(Duration aiLatency, Map<String, Object> settings) {
        infrastructure = Infrastructure.shared();
        fakes = FakeServiceServer.start(EmbeddedInfrastructureInitializer.TEST_JWT_SECRET, Clock.systemUTC());
        fakes.aiLatency(aiLatency);
        fakes.verifyTokens(false);
        fakes.keepCalls(false);
        Map<String, Object> properties = new LinkedHashMap<>(infrastructure.springProperties("conversation-service"));
        properties.put("server.port", "0");
        properties.put("platform.security.jwt.secret", EmbeddedInfrastructureInitializer.TEST_JWT_SECRET);
        properties.put("platform.services.ai", fakes.baseUrl());
        properties.put("platform.services.lead", fakes.baseUrl());
        properties.put("platform.services.scheduling", fakes.baseUrl());
        properties.put("logging.level.root", "WARN");
        properties.put("logging.level.com.artinsmartrealty", "WARN");
        properties.putAll(settings);
        service = ConversationApplication.builder().run(properties.entrySet().stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue()).toArray(String[]::new));
    }

    static BenchPlatform start(Duration aiLatency) {
        return start(aiLatency, Map.of());
    }

    /** With {@code settings} over the service's own. */
    static BenchPlatform start(Duration aiLatency, Map<String, Object> settings) {
        return new BenchPlatform(aiLatency, settings);
    }

    <T> T bean(Class<T> type) {
        return service.getBean(type);
    }

    @Override
    public void close() {
        service.close();
        fakes.close();
    }
}
