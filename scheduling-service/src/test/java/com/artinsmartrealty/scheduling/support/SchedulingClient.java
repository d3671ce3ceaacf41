package com.artinsmartrealty.scheduling.support;

import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/** Drives one running scheduling service as staff, other services and gateway-service would. */
public final class SchedulingClient {

    private final String baseUrl;
    private final AccessTokens tokens;
    private final EventPublisher publisher;
    private final Clock clock;

    public SchedulingClient(int port, AccessTokens tokens, EventPublisher publisher, Clock clock) {
        this.baseUrl = "http://localhost:" + port;
        this.tokens = tokens;
        this.publisher = publisher;
        this.clock = clock;
    }

    public WebTestClient as(PlatformPrincipal principal) {
        return WebTestClient.bindToServer()
                .baseUrl(baseUrl)
                .responseTimeout(Duration.ofSeconds(30))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(principal, Duration.ofDays(30)))
                .build();
    }

    public WebTestClient admin(UUID tenantId) {
        return as(new PlatformPrincipal(UUID.randomUUID().toString(), tenantId, Role.TENANT_ADMIN));
    }

    public WebTestClient agent(UUID tenantId, UUID agentId) {
        return as(new PlatformPrincipal(agentId.toString(), tenantId, Role.AGENT));
    }

    public WebTestClient service(UUID tenantId) {
        return as(new PlatformPrincipal("service:conversation-service", tenantId, Role.SERVICE));
    }

    public WebTestClient anonymous() {
        return WebTestClient.bindToServer().baseUrl(baseUrl).build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    public String tokenFor(PlatformPrincipal principal) {
        return tokens.issue(principal, Duration.ofDays(30));
    }

    /** Announces the tenant as gateway-service does, with its time zone. */
    public void registerTenant(UUID tenantId, String timeZone) {
        publish(tenantId, tenantId, new TenantRegistered("t-" + tenantId, "Test Realty", "growth", 49_900, "USD",
                timeZone));
    }

    /** Announces a user as gateway-service does. */
    public void announceUser(UUID tenantId, UUID userId, String name, String role, boolean active) {
        publish(tenantId, userId, new UserUpserted(userId, role, name, active));
    }

    /** Announces an agent and waits until the service knows them. */
    public void addAgent(UUID tenantId, UUID agentId, String name) {
        announceUser(tenantId, agentId, name, "agent", true);
        await().atMost(Duration.ofSeconds(20)).until(() -> admin(tenantId).get().uri("/api/agents").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody().contains(agentId.toString()));
    }

    /** Replaces the agent's availability (JSON of weekly, timeOff, extraHours, dailyLimit). */
    public void setAvailability(UUID tenantId, UUID agentId, String json) {
        admin(tenantId).put().uri("/api/agents/{id}/availability", agentId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(json)
                .exchange()
                .expectStatus().isOk();
    }

    /** Working hours every day of the week, e.g. {@code everyDay("09:00", "18:00", 48)}. */
    public static String everyDay(String start, String end, int dailyLimit) {
        StringBuilder weekly = new StringBuilder();
        for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
            if (!weekly.isEmpty()) {
                weekly.append(',');
            }
            weekly.append("{\"day\":\"").append(day).append("\",\"start\":\"").append(start)
                    .append("\",\"end\":\"").append(end).append("\"}");
        }
        return "{\"weekly\":[" + weekly + "],\"dailyLimit\":" + dailyLimit + "}";
    }

    private void publish(UUID tenantId, UUID aggregateId, com.artinsmartrealty.contracts.EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), tenantId, clock.instant(), "test", null, payload);
        publisher.publish(Topics.TENANT_EVENTS, new AggregateKey(tenantId, aggregateId).value(), envelope)
                .block(Duration.ofSeconds(20));
    }
}
