package com.artinsmartrealty.ai.support;

import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Duration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The AI service on the embedded Kafka, PostgreSQL and Redis, with the demo agency's knowledge base,
 * lead-service and the gateway played by local servers, and the offline provider (no Gemini key).
 * Tests extending it share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=ai-service",
        "spring.flyway.locations=classpath:db/ai/migration,classpath:db/ai/demo"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class AiServiceIT {

    protected static final FakeLeadService LEAD = FakeLeadService.start();
    protected static final FakeGateway GATEWAY = FakeGateway.start();

    static {
        LEAD.catalog(DemoAgency.TENANT_ID, "v1", Listings.all(), Listings.photos());
    }

    @LocalServerPort
    private int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("platform.services.lead", LEAD::baseUrl);
        registry.add("platform.services.gateway", GATEWAY::baseUrl);
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }

    /**
     * A client whose every request has a connection of its own, never pooled: for uploads the server
     * refuses before reading them all, after which it closes the connection. On the shared pool a
     * later request could pick up that connection just as it closes.
     */
    protected WebTestClient unpooledClient() {
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.newConnection()))
                .baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30))
                .build();
    }
}
