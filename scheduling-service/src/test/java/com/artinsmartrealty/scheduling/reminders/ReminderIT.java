package com.artinsmartrealty.scheduling.reminders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.scheduling.SchedulingApplication;
import com.artinsmartrealty.scheduling.outbox.OutboxRelay;
import com.artinsmartrealty.scheduling.support.MutableClock;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.TopicProbe;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.core.publisher.Flux;
import tools.jackson.databind.JsonNode;

/**
 * Reminders go out once each, through {@code chat.outbound.v1}, while instances of the service stop,
 * start and run side by side; time is the test's clock, not waiting.
 */
class ReminderIT {

    /** Monday 3 March 2031, 09:00 in Dubai: later than any other test's clock, so theirs never send these. */
    private static final Instant MONDAY = Instant.parse("2031-03-03T05:00:00Z");
    /** Thursday 6 March 2031, 10:00 in Dubai. */
    private static final Instant VIEWING = Instant.parse("2031-03-06T06:00:00Z");

    private final MutableClock clock = new MutableClock(MONDAY);
    private final UUID tenant = UUID.randomUUID();
    private final List<ConfigurableApplicationContext> instances = new ArrayList<>();
    private TopicProbe outbound;

    @BeforeEach
    void openProbe() {
        outbound = new TopicProbe(Topics.CHAT_OUTBOUND);
    }

    @AfterEach
    void stopEverything() {
        instances.forEach(ConfigurableApplicationContext::close);
        outbound.close();
    }

    private ConfigurableApplicationContext startInstance() {
        ConfigurableApplicationContext instance = SchedulingApplication.builder()
                .initializers(new EmbeddedInfrastructureInitializer(),
                        context -> context.getBeanFactory().registerSingleton("clock", clock))
                // Arguments, not default properties: they must win over the configuration file's port.
                .run("--server.port=0", "--scheduling.reminders.poll-interval=100ms",
                        "--scheduling.outbox.poll-interval=100ms");
        instances.add(instance);
        return instance;
    }

    private void stop(ConfigurableApplicationContext instance) {
        instance.close();
        instances.remove(instance);
    }

    private static SchedulingClient client(ConfigurableApplicationContext instance, MutableClock clock) {
        return new SchedulingClient(((WebServerApplicationContext) instance).getWebServer().getPort(),
                instance.getBean(AccessTokens.class), instance.getBean(EventPublisher.class), clock);
    }

    private String bookFromChat(SchedulingClient scheduling, UUID agent, Instant start, String chatId) {
        return scheduling.service(tenant).post().uri("/internal/appointments")
                .bodyValue(Map.of("agentId", agent, "start", start, "leadId", UUID.randomUUID(),
                        "idempotencyKey", "reminder-" + chatId, "holder", tenant + ":telegram:" + chatId,
                        "channel", "telegram", "chatId", chatId, "language", "fa"))
                .exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("id").asString();
    }

    private List<TopicProbe.Received> remindersTo(String chatId) {
        String key = new ChatKey(tenant, Channel.TELEGRAM, chatId).value();
        return outbound.seen(received -> received.key().equals(key));
    }

    private static long sentReminders(ConfigurableApplicationContext instance, String appointmentId) {
        return instance.getBean(DatabaseClient.class)
                .sql("select count(*) as sent from reminders where appointment_id = $1 and outcome = 'sent'")
                .bind(0, UUID.fromString(appointmentId))
                .map(row -> row.get("sent", Long.class))
                .one().block(Duration.ofSeconds(10));
    }

    /** Nothing is left to publish: every queued record reached the broker. */
    private static boolean outboxDrained(ConfigurableApplicationContext instance) {
        return instance.getBean(DatabaseClient.class).sql("select count(*) as queued from outbox")
                .map(row -> row.get("queued", Long.class))
                .one().block(Duration.ofSeconds(10)) == 0;
    }

    /** Each chat has had exactly one reminder, and still has after everything queued was published. */
    private void exactlyOneEach(List<String> chats, ConfigurableApplicationContext instance) {
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxDrained(instance));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> chats.stream().allMatch(chat -> remindersTo(chat).size() == 1));
    }

    /** Every instance looks for due reminders and relays its outbox now; the number of reminders they sent. */
    private static int sendEverythingDue(List<ConfigurableApplicationContext> instances) {
        return Flux.fromIterable(instances)
                .flatMap(instance -> instance.getBean(ReminderWorker.class).sendDue()
                        .flatMap(sent -> instance.getBean(OutboxRelay.class).relayAll().thenReturn(sent)))
                .reduce(0, Integer::sum)
                .block(Duration.ofSeconds(30));
    }

    @Test
    void eachReminderGoesOutOnceAcrossRestartsAndSideBySideInstances() {
        ConfigurableApplicationContext first = startInstance();
        SchedulingClient scheduling = client(first, clock);
        UUID agent = UUID.randomUUID();
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, agent, "Sara Karimi");
        scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 6));
        String appointment = bookFromChat(scheduling, agent, VIEWING, "5001");

        // The service stops before the first reminder is due, and the day-before reminder comes due meanwhile.
        clock.set(VIEWING.minus(Duration.ofHours(24)).minus(Duration.ofMinutes(1)));
        stop(first);
        clock.set(VIEWING.minus(Duration.ofHours(23)));
        ConfigurableApplicationContext second = startInstance();
        ConfigurableApplicationContext third = startInstance();

        await().atMost(Duration.ofSeconds(30)).until(() -> remindersTo("5001").size() == 1);
        ReplyComposed dayBefore = remindersTo("5001").getFirst().envelope().payloadAs(ReplyComposed.class);
        assertThat(dayBefore.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(dayBefore.chatId()).isEqualTo("5001");
        assertThat(dayBefore.language()).isEqualTo("fa");
        assertThat(dayBefore.author()).isEqualTo(ReplyComposed.Author.SYSTEM);
        assertThat(dayBefore.text()).startsWith("یادآوری").contains("Sara Karimi", "۱۰:۰۰");
        assertThat(remindersTo("5001").getFirst().envelope().eventId()).isEqualTo(dayBefore.messageId());

        // One instance stops, another starts, and the hour-before reminder comes due.
        stop(second);
        ConfigurableApplicationContext fourth = startInstance();
        clock.set(VIEWING.minus(Duration.ofMinutes(50)));

        await().atMost(Duration.ofSeconds(30)).until(() -> remindersTo("5001").size() == 2);
        ReplyComposed hourBefore = remindersTo("5001").get(1).envelope().payloadAs(ReplyComposed.class);
        assertThat(hourBefore.text()).contains("به‌زودی", "۱۰:۰۰");
        assertThat(hourBefore.messageId()).isNotEqualTo(dayBefore.messageId());
        await().atMost(Duration.ofSeconds(10)).until(() -> sentReminders(fourth, appointment) == 2);

        clock.set(VIEWING.plus(Duration.ofHours(1)));
        sendEverythingDue(List.of(third, fourth));
        await().atMost(Duration.ofSeconds(20)).until(() -> outboxDrained(fourth));
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10))
                .until(() -> remindersTo("5001").size() == 2);
        assertThat(sentReminders(fourth, appointment)).isEqualTo(2);
    }

    @Test
    void instancesRacingForTheSameDueRemindersSendEachOnce() {
        ConfigurableApplicationContext first = startInstance();
        ConfigurableApplicationContext second = startInstance();
        SchedulingClient scheduling = client(first, clock);
        scheduling.registerTenant(tenant, "Asia/Dubai");
        List<String> chats = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            UUID agent = UUID.randomUUID();
            scheduling.addAgent(tenant, agent, "Agent " + a);
            scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 6));
            for (int b = 0; b < 5; b++) {
                String chat = "race-" + a + "-" + b;
                bookFromChat(scheduling, agent, VIEWING.plus(Duration.ofMinutes(90L * b)), chat);
                chats.add(chat);
            }
        }

        // Every day-before reminder is due now (the last viewing starts in 23 hours, the first in 17).
        clock.set(VIEWING.minus(Duration.ofHours(17)));
        int sentHere = sendEverythingDue(List.of(first, second, first, second));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> chats.stream().allMatch(chat -> remindersTo(chat).size() == 1));
        assertThat(sentHere).isLessThanOrEqualTo(20);
        sendEverythingDue(List.of(first, second, first, second));
        exactlyOneEach(chats, first);
    }

    @Test
    void aCancelledViewingIsNotRemindedOf() {
        ConfigurableApplicationContext instance = startInstance();
        SchedulingClient scheduling = client(instance, clock);
        UUID agent = UUID.randomUUID();
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, agent, "Omar Haddad");
        scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 6));
        String cancelled = bookFromChat(scheduling, agent, VIEWING, "6001");
        String kept = bookFromChat(scheduling, agent, VIEWING.plus(Duration.ofHours(2)), "6002");
        scheduling.admin(tenant).post().uri("/api/appointments/{id}/cancel", cancelled).exchange()
                .expectStatus().isOk();

        clock.set(VIEWING.minus(Duration.ofHours(21)));

        await().atMost(Duration.ofSeconds(30)).until(() -> remindersTo("6002").size() == 1);
        sendEverythingDue(List.of(instance));
        exactlyOneEach(List.of("6002"), instance);
        assertThat(remindersTo("6001")).isEmpty();
        assertThat(sentReminders(instance, kept)).isEqualTo(1);
    }
}
