package com.artinsmartrealty.conversation.it;

import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.chat.Sender;
import com.artinsmartrealty.conversation.dialogue.FakeServiceServer;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.persistence.Turn;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The conversation service on the real embedded Kafka, PostgreSQL and Redis, with ai-, lead- and
 * scheduling-service replaced by local HTTP stand-ins, and a clock the tests can move forward.
 * Subclasses share one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.config.name=conversation-service", "platform.messaging.first-backoff=50ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@Import(ConversationServiceTestBase.TestClock.class)
abstract class ConversationServiceTestBase {

    static final Duration WAIT = Duration.ofSeconds(30);
    static final MutableClock CLOCK = new MutableClock();
    static final FakeServiceServer FAKES = FakeServiceServer.start(EmbeddedInfrastructureInitializer.TEST_JWT_SECRET,
            CLOCK);
    static final KafkaRecorder KAFKA = KafkaRecorder.start(Infrastructure.shared().kafkaBootstrapServers(),
            List.of(Topics.CHAT_OUTBOUND, Topics.LEAD_EVENTS, Topics.CONVERSATION_EVENTS,
                    Topics.deadLetterOf(Topics.CHAT_INBOUND)));

    @Autowired
    EventPublisher publisher;
    @Autowired
    ConversationStore store;
    @Autowired
    AccessTokens tokens;
    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("platform.services.ai", FAKES::baseUrl);
        registry.add("platform.services.lead", FAKES::baseUrl);
        registry.add("platform.services.scheduling", FAKES::baseUrl);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {
        @Bean
        @Primary
        Clock testClock() {
            return CLOCK;
        }
    }

    static ChatKey newChat(Channel channel) {
        return new ChatKey(UUID.randomUUID(), channel, "chat-" + UUID.randomUUID());
    }

    /** Puts a user's message on chat.inbound.v1 as the gateway does; returns its channel message id. */
    String send(ChatKey chat, MessageContent content, String clientLanguage) {
        return send(chat, content, new Sender("u-" + chat.chatId(), "Sara", null, clientLanguage, null),
                UUID.randomUUID().toString(), false);
    }

    String send(ChatKey chat, MessageContent content, Sender sender, String messageId, boolean edited) {
        UUID eventId = UUID.randomUUID();
        ChatMessageReceived message = new ChatMessageReceived(chat.channel(), chat.chatId(), messageId, sender,
                content, edited, CLOCK.instant());
        publisher.publish(Topics.CHAT_INBOUND, chat.value(), EventEnvelope.of(eventId, chat.tenantId(),
                CLOCK.instant(), eventId.toString(), null, message)).block(WAIT);
        return messageId;
    }

    StoredConversation conversation(ChatKey chat) {
        return store.load(chat).block(WAIT).conversation();
    }

    /** Waits until the cause is a stored turn and its replies are on chat.outbound.v1; returns the turn. */
    Turn awaitTurn(ChatKey chat, String turnKey) {
        StoredConversation conversation = await().atMost(WAIT).until(() -> conversation(chat),
                stored -> stored.hasProcessed(turnKey));
        Turn turn = store.turnFor(conversation, turnKey).block(WAIT);
        List<UUID> replyIds = turn.outbox().stream().filter(record -> record.topic().equals(Topics.CHAT_OUTBOUND))
                .map(record -> new com.artinsmartrealty.contracts.EventCodec().decode(record.topic(),
                        record.envelope().getBytes(StandardCharsets.UTF_8)).payloadAs(ReplyComposed.class).messageId())
                .toList();
        await().atMost(WAIT).until(() -> replies(chat).stream().map(ReplyComposed::messageId).toList()
                .containsAll(replyIds));
        return turn;
    }

    List<ReplyComposed> replies(ChatKey chat) {
        return KAFKA.envelopes(Topics.CHAT_OUTBOUND, chat.value()).stream()
                .map(envelope -> envelope.payloadAs(ReplyComposed.class)).toList();
    }

    WebTestClient api(UUID tenant, Role role) {
        String token = tokens.issue(new PlatformPrincipal(UUID.randomUUID().toString(), tenant, role),
                Duration.ofMinutes(15));
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT)
                .defaultHeader("Authorization", "Bearer " + token).build();
    }
}
