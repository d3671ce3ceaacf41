package com.artinsmartrealty.gateway.support;

import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.outbound.DeliveryView;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.gateway.GatewayApplication;
import com.artinsmartrealty.gateway.tenants.ChannelSettingsStore;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import com.artinsmartrealty.testkit.telegram.FakeTelegramBotApi;
import com.artinsmartrealty.testkit.whatsapp.FakeWhatsAppGraphApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway on the real embedded Kafka, PostgreSQL and Redis, with the demo agency seeded as in
 * the local run, Telegram and WhatsApp replaced by their local stand-ins and the services behind the
 * gateway by local stubs. Every IT extends this, so they share one application context.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
                "spring.config.name=" + GatewayApplication.NAME,
                "spring.flyway.locations=classpath:db/gateway/migration,classpath:db/gateway/demo",
                "server.forward-headers-strategy=native",
                "gateway.demo.password=" + GatewayIT.DEMO_PASSWORD,
                "gateway.demo.telegram-bot-token=" + GatewayIT.DEMO_BOT_TOKEN,
                "gateway.demo.telegram-webhook-secret=" + GatewayIT.DEMO_WEBHOOK_SECRET,
                "gateway.whatsapp.app-secret=" + GatewayIT.APP_SECRET,
                "gateway.whatsapp.verify-token=" + GatewayIT.VERIFY_TOKEN,
                "gateway.auth.bcrypt-strength=4",
                "gateway.telegram.mode=polling",
                "gateway.telegram.poll-timeout=1s",
                "gateway.telegram.poll-refresh=1s",
                "gateway.telegram.file-retry-backoff=50ms",
                "gateway.outbound.first-backoff=100ms",
                "gateway.outbound.max-backoff=400ms",
                "gateway.outbound.attempts=3",
                "gateway.outbound.telegram-per-chat.interval=50ms",
                "gateway.outbound.telegram-per-chat.burst=3",
                "gateway.outbound.whatsapp-per-user.interval=50ms",
                "gateway.outbound.whatsapp-per-user.burst=10",
                "gateway.outbox.poll-interval=1s",
                "gateway.edge.dashboard-origins=https://dashboard.example",
                "gateway.edge.upstream-timeout=5s",
                "gateway.webchat.messages-per-address=40",
                "platform.messaging.first-backoff=50ms"
        })
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
public abstract class GatewayIT {

    public static final String DEMO_PASSWORD = "demo-password-2026";
    public static final String DEMO_BOT_TOKEN = "424242:DEMO-bot-token-for-tests";
    public static final String DEMO_WEBHOOK_SECRET = "demo-webhook-secret";
    public static final String APP_SECRET = "platform-app-secret";
    public static final String VERIFY_TOKEN = "meatyhamhock";
    public static final String SECRETS_KEY = Base64.getEncoder().encodeToString(
            "test-only-secrets-key-0123456789".getBytes(StandardCharsets.US_ASCII));

    protected static final FakeTelegramBotApi TELEGRAM = FakeTelegramBotApi.start();
    protected static final FakeWhatsAppGraphApi GRAPH = FakeWhatsAppGraphApi.start();
    protected static final StubServices SERVICES = StubServices.start();
    protected static final TopicRecorder TOPICS = new TopicRecorder(Infrastructure.shared().kafkaBootstrapServers(),
            List.of(Topics.CHAT_INBOUND, Topics.deadLetterOf(Topics.CHAT_OUTBOUND), Topics.TENANT_EVENTS));
    protected static final JsonMapper JSON = JsonMapper.builder().build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @LocalServerPort
    protected int port;

    @Autowired
    protected AccessTokens accessTokens;

    @Autowired
    protected DatabaseClient database;

    @Autowired
    protected ChannelSettingsStore channelSettings;

    @Autowired
    protected EventPublisher publisher;

    @DynamicPropertySource
    static void externalApis(DynamicPropertyRegistry registry) {
        registry.add("gateway.telegram-api-url", TELEGRAM::baseUrl);
        registry.add("gateway.whatsapp.api-url", GRAPH::baseUrl);
        registry.add("gateway.secrets.key", () -> SECRETS_KEY);
        for (String service : List.of("lead", "scheduling", "conversation", "ai", "analytics")) {
            registry.add("platform.services." + service, () -> SERVICES.url(service));
        }
    }

    protected WebTestClient client() {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(Duration.ofSeconds(30)).build();
    }

    /** A unique number for names, chat ids and addresses in one test run. */
    protected static int unique() {
        return SEQUENCE.incrementAndGet();
    }

    /** A client address of its own, so rate limits of one test do not touch another. */
    protected static String address() {
        int n = unique();
        return "10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "." + (n & 255);
    }

    /** A new active agency. */
    protected TestTenant tenant() {
        UUID id = UUID.randomUUID();
        String slug = "agency-" + unique();
        database.sql("insert into tenants (id, slug, name, status, plan, monthly_price_minor, currency, time_zone, "
                        + "created_at) values ($1, $2, $3, 'active', 'growth', 49900, 'USD', 'Asia/Dubai', $4)")
                .bind(0, id)
                .bind(1, slug)
                .bind(2, "Agency " + slug)
                .bind(3, OffsetDateTime.now())
                .fetch().rowsUpdated().block(Duration.ofSeconds(10));
        return new TestTenant(id, slug);
    }

    /** A new agency with a Telegram bot (token and secret of its own). */
    protected TestTenant telegramTenant() {
        TestTenant tenant = tenant();
        String token = (100_000 + unique()) + ":TEST-" + tenant.slug();
        channelSettings.saveTelegram(new TelegramSettings(tenant.id(), token, "secret-" + tenant.slug(), "bot"))
                .block(Duration.ofSeconds(10));
        return tenant.withTelegram(token, "secret-" + tenant.slug());
    }

    /** A new agency with a WhatsApp number registered at the Graph API stand-in. */
    protected TestTenant whatsappTenant(String ownAppSecret, boolean template) {
        TestTenant tenant = tenant();
        String number = Long.toString(100_000_000_000L + unique());
        String token = "EAAG-" + tenant.slug();
        GRAPH.registerNumber(number, token);
        channelSettings.saveWhatsApp(new WhatsAppSettings(tenant.id(), number, token, ownAppSecret,
                template ? "follow_up" : null, template ? "en_US" : null)).block(Duration.ofSeconds(10));
        return tenant.withWhatsApp(number, token);
    }

    /** A bearer token for a user of the tenant (or the platform owner when the tenant is null). */
    protected String token(UUID tenantId, Role role) {
        return accessTokens.issue(new PlatformPrincipal(role == Role.SERVICE ? "service:test" : UUID.randomUUID()
                .toString(), tenantId, role), Duration.ofMinutes(15));
    }

    protected String bearer(UUID tenantId, Role role) {
        return "Bearer " + token(tenantId, role);
    }

    /** Publishes a reply on {@code chat.outbound.v1} as the conversation service would. */
    protected void publishReply(TestTenant tenant, ReplyComposed reply) {
        EventEnvelope envelope = EventEnvelope.of(UUID.randomUUID(), tenant.id(), Instant.now(), "test", null, reply);
        publisher.publish(Topics.CHAT_OUTBOUND, new ChatKey(tenant.id(), reply.channel(), reply.chatId()).value(),
                envelope).block(Duration.ofSeconds(10));
    }

    protected static ReplyComposed reply(Channel channel, String chat, String text, List<ReplyButton> buttons,
                                         List<Attachment> attachments) {
        return new ReplyComposed(UUID.randomUUID(), channel, chat, "en", ReplyComposed.Author.BOT, text, buttons,
                attachments, false);
    }

    /** Waits until the message's delivery has {@code status}, as {@code GET /api/deliveries/{id}} shows it. */
    protected DeliveryView awaitDelivery(TestTenant tenant, UUID messageId, String status) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> delivery(tenant, messageId),
                view -> view != null && view.status().equals(status));
    }

    /** The delivery as an agent of the tenant sees it, or null when there is none. */
    protected DeliveryView delivery(TestTenant tenant, UUID messageId) {
        var result = client().get().uri("/api/deliveries/{id}", messageId)
                .header("Authorization", bearer(tenant.id(), Role.AGENT))
                .exchange()
                .returnResult(String.class);
        String body = result.getResponseBody().collectList().map(parts -> String.join("", parts))
                .block(Duration.ofSeconds(10));
        return result.getStatus().is2xxSuccessful() ? JSON.readValue(body, DeliveryView.class) : null;
    }

    /** An agency in a test, with its channels when it has them. */
    public record TestTenant(UUID id, String slug, String botToken, String webhookSecret, String phoneNumberId,
                             String accessToken) {

        TestTenant(UUID id, String slug) {
            this(id, slug, null, null, null, null);
        }

        TestTenant withTelegram(String token, String secret) {
            return new TestTenant(id, slug, token, secret, phoneNumberId, accessToken);
        }

        TestTenant withWhatsApp(String number, String token) {
            return new TestTenant(id, slug, botToken, webhookSecret, number, token);
        }
    }
}
