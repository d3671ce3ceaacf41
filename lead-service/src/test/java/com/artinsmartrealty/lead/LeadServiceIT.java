package com.artinsmartrealty.lead;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.lead.agents.Agent;
import com.artinsmartrealty.lead.agents.AgentRoster;
import com.artinsmartrealty.lead.inventory.Listing;
import com.artinsmartrealty.lead.inventory.ListingStore;
import com.artinsmartrealty.lead.leads.LeadUpdates;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

/**
 * lead-service on the real embedded Kafka, PostgreSQL and Redis. Subclasses share one application
 * context; each test works in tenants of its own, so tests never see each other's data.
 */
@SpringBootTest(classes = LeadApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=lead-service", "lead.outbox-sweep-interval=1s",
                // Exports read several pages even in small tests.
                "lead.export-page-size=2"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class LeadServiceIT {

    private static final AtomicLong REVISIONS = new AtomicLong(1);

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccessTokens tokens;

    @Autowired
    protected LeadUpdates updates;

    @Autowired
    protected TenantTransactions tenants;

    @Autowired
    protected AgentRoster roster;

    @Autowired
    protected ListingStore listings;

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    protected String adminToken(UUID tenantId) {
        return tokens.issue(new PlatformPrincipal(UUID.randomUUID().toString(), tenantId, Role.TENANT_ADMIN),
                Duration.ofMinutes(10));
    }

    protected String agentToken(UUID tenantId, UUID agentId) {
        return tokens.issue(new PlatformPrincipal(agentId.toString(), tenantId, Role.AGENT), Duration.ofMinutes(10));
    }

    protected String serviceToken(UUID tenantId) {
        return tokens.issue(new PlatformPrincipal("service:conversation-service", tenantId, Role.SERVICE),
                Duration.ofMinutes(10));
    }

    protected String superAdminToken() {
        return tokens.issue(new PlatformPrincipal(UUID.randomUUID().toString(), null, Role.SUPER_ADMIN),
                Duration.ofMinutes(10));
    }

    protected void addAgent(UUID tenantId, UUID agentId, String name) {
        tenants.inTenant(tenantId, roster.upsert(tenantId, new Agent(agentId, name, Agent.AGENT, true),
                Instant.now())).block();
    }

    protected void addListings(UUID tenantId, List<Listing> inventory) {
        tenants.inTenant(tenantId, Flux.fromIterable(inventory)
                .concatMap(listing -> listings.upsertByReference(tenantId, listing))).blockLast();
    }

    /** Applies an event as the consumer would (without the broker): fast set-up for API tests. */
    protected void apply(UUID tenantId, EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), tenantId, Instant.now(), "test", null, payload);
        var fact = com.artinsmartrealty.lead.messaging.TestFacts.of(payload);
        updates.ingest(tenantId, envelope.eventId(), fact.leadId(), fact.fact(), envelope.occurredAt(), "test")
                .block();
    }

    /** A lead who started on Telegram, qualified as an apartment buyer and gave a phone number. */
    protected UUID qualifiedLead(UUID tenantId, String name, String chatId, String language) {
        UUID leadId = UUID.randomUUID();
        apply(tenantId, new LeadCreated(leadId, Channel.TELEGRAM, chatId, name, language, "campaign-marina"));
        apply(tenantId, new LeadQualified(leadId, REVISIONS.incrementAndGet(), investor()));
        apply(tenantId, new LeadPhoneCaptured(leadId, REVISIONS.incrementAndGet(), "+971501234567",
                LeadPhoneCaptured.Method.TYPED));
        return leadId;
    }

    protected UUID newLead(UUID tenantId, String name, String chatId) {
        UUID leadId = UUID.randomUUID();
        apply(tenantId, new LeadCreated(leadId, Channel.WEBCHAT, chatId, name, "en", null));
        return leadId;
    }

    protected static LeadProfile investor() {
        return new LeadProfile(Goal.INVESTMENT, 1_000_000L, 1_500_000L, "AED", PropertyType.APARTMENT,
                Transaction.BUY, "Dubai Marina", 1);
    }

    protected static long revision() {
        return REVISIONS.incrementAndGet();
    }
}
