package com.artinsmartrealty.conversation.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.conversation.dialogue.FakeServices;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

/** The dashboard's conversations API: lists, transcripts, roles, tenancy and agent actions. */
class ConversationApiIT extends ConversationServiceTestBase {

    @BeforeEach
    void normalServices() {
        FAKES.use(new FakeServices(Map.of()));
    }

    @Test
    void theListPagesThroughATenantsConversationsNewestFirstAndFilters() {
        UUID tenant = UUID.randomUUID();
        List<ChatKey> chats = List.of(new ChatKey(tenant, Channel.WEBCHAT, "a-" + UUID.randomUUID()),
                new ChatKey(tenant, Channel.TELEGRAM, "b-" + UUID.randomUUID()),
                new ChatKey(tenant, Channel.WEBCHAT, "c-" + UUID.randomUUID()));
        for (ChatKey chat : chats) {
            awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        }
        awaitTurn(chats.get(2), send(chats.get(2), new MessageContent.Text("Привет, хочу купить квартиру"), "en"));
        ChatKey otherTenants = newChat(Channel.WEBCHAT);
        awaitTurn(otherTenants, send(otherTenants, new MessageContent.Text("hi"), "en"));
        WebTestClient agent = api(tenant, Role.AGENT);

        JsonNode first = get(agent, "/api/conversations?limit=2");
        JsonNode second = get(agent, "/api/conversations?limit=2&cursor=" + first.get("nextCursor").asString());

        assertThat(first.get("items").valueStream().map(item -> item.get("chatId").asString()))
                .containsExactly(chats.get(2).chatId(), chats.get(1).chatId());
        assertThat(second.get("items").valueStream().map(item -> item.get("chatId").asString()))
                .containsExactly(chats.get(0).chatId());
        assertThat(second.get("nextCursor").isNull()).isTrue();
        assertThat(first.get("items").get(0).get("language").asString()).isEqualTo("ru");
        assertThat(first.get("items").get(0).get("profile").get("propertyType").asString()).isEqualTo("apartment");
        assertThat(first.get("items").get(0).get("leadId").asString())
                .isEqualTo(StoredConversation.idOf(chats.get(2)).toString());
        assertThat(get(agent, "/api/conversations?channel=telegram").get("items")).hasSize(1);
        assertThat(get(agent, "/api/conversations?stage=WARMUP&language=ru").get("items")).hasSize(1);
        assertThat(get(agent, "/api/conversations?stage=HARD_GATE").get("items")).isEmpty();
        assertThat(get(agent, "/api/conversations?takenOver=true").get("items")).isEmpty();
        assertThat(get(agent, "/api/conversations?chatId=" + chats.get(1).chatId()).get("items")).hasSize(1);
    }

    @Test
    void aConversationShowsItsWholeTranscriptAndStageHistory() {
        ChatKey chat = newChat(Channel.TELEGRAM);
        FakeServices services = new FakeServices(Map.of());
        FAKES.use(services);
        services.scriptVoice("media:voice-1", Map.of("transcript", "we want to buy", "language", "en"));
        services.scriptPhoto("media:photo-1", Map.of("type", "villa"));
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        awaitTurn(chat, send(chat, new MessageContent.ButtonPress("goal:living"), "en"));
        awaitTurn(chat, send(chat, new MessageContent.Voice(new MediaRef("media:voice-1", "audio/ogg", 10, null), 3),
                "en"));
        awaitTurn(chat, send(chat, new MessageContent.Photo(new MediaRef("media:photo-1", "image/jpeg", 10, null),
                "like this"), "en"));
        UUID id = StoredConversation.idOf(chat);
        WebTestClient admin = api(chat.tenantId(), Role.TENANT_ADMIN);
        awaitTurn(chat, "agent:" + accepted(admin.post().uri("/api/conversations/{id}/takeover", id)));
        awaitTurn(chat, "agent:" + accepted(admin.post().uri("/api/conversations/{id}/messages", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Hi, Omid here!"))));

        JsonNode detail = get(admin, "/api/conversations/" + id);

        assertThat(detail.get("stage").asString()).isEqualTo("HUMAN_TAKEOVER");
        assertThat(detail.get("resumeStage").asString()).isEqualTo("SLOT_FILLING");
        assertThat(detail.get("takenOverBy").isNull()).isFalse();
        assertThat(detail.get("profile").get("transaction").asString()).isEqualTo("buy");
        assertThat(detail.get("stages").valueStream().map(stage -> stage.get("stage").asString()))
                .containsExactly("WARMUP", "SLOT_FILLING", "HUMAN_TAKEOVER");
        List<JsonNode> messages = detail.get("messages").valueStream().toList();
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get("direction").asString()).isEqualTo("in");
            assertThat(m.get("text").asString()).isEqualTo("hi");
        });
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get("kind").asString()).isEqualTo("button");
            assertThat(m.get("text").asString()).isEqualTo("Living");
            assertThat(m.get("callbackData").asString()).isEqualTo("goal:living");
        });
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get("kind").asString()).isEqualTo("voice");
            assertThat(m.get("transcript").asString()).isEqualTo("we want to buy");
            assertThat(m.get("media").get("ref").asString()).isEqualTo("media:voice-1");
        });
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get("kind").asString()).isEqualTo("photo");
            assertThat(m.get("media").get("ref").asString()).isEqualTo("media:photo-1");
        });
        assertThat(messages).anySatisfy(m -> {
            assertThat(m.get("author").asString()).isEqualTo("bot");
            assertThat(m.get("text").asString()).contains("What is your main goal?");
            assertThat(m.get("buttons")).hasSize(3);
        });
        assertThat(messages.getLast().get("author").asString()).isEqualTo("agent");
        assertThat(messages.getLast().get("text").asString()).isEqualTo("Hi, Omid here!");
    }

    @Test
    void anAgentsReplyAndTheHandbackReachTheUserInOrderWithTheUsersMessages() {
        ChatKey chat = newChat(Channel.WEBCHAT);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        UUID id = StoredConversation.idOf(chat);
        WebTestClient agent = api(chat.tenantId(), Role.AGENT);

        awaitTurn(chat, "agent:" + accepted(agent.post().uri("/api/conversations/{id}/messages", id)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "Hello from Omid"))));
        awaitTurn(chat, send(chat, new MessageContent.Text("thanks Omid"), "en"));
        awaitTurn(chat, "agent:" + accepted(agent.post().uri("/api/conversations/{id}/handback", id)));

        assertThat(replies(chat)).extracting(reply -> reply.author().name())
                .containsExactly("BOT", "SYSTEM", "AGENT", "BOT");
        assertThat(replies(chat).getLast().text()).contains("What is your main goal?");
        assertThat(get(agent, "/api/conversations/" + id).get("stage").asString()).isEqualTo("WARMUP");
    }

    @Test
    void onlyATenantsAdminsAndAgentsReachItsConversations() {
        ChatKey chat = newChat(Channel.WEBCHAT);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        UUID id = StoredConversation.idOf(chat);
        String path = "/api/conversations/" + id;
        WebTestClient anonymous = WebTestClient.bindToServer().baseUrl("http://localhost:" + port)
                .responseTimeout(WAIT).build();

        anonymous.get().uri(path).exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        api(chat.tenantId(), Role.SERVICE).get().uri(path).exchange().expectStatus().isForbidden();
        client(new PlatformPrincipal(UUID.randomUUID().toString(), null, Role.SUPER_ADMIN)).get().uri(path)
                .exchange().expectStatus().isForbidden();
        api(UUID.randomUUID(), Role.TENANT_ADMIN).get().uri(path).exchange().expectStatus().isNotFound();
        api(UUID.randomUUID(), Role.AGENT).post().uri(path + "/takeover").exchange().expectStatus().isNotFound();
        api(chat.tenantId(), Role.AGENT).get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void malformedRequestsAreAnsweredWithProblems() {
        WebTestClient admin = api(UUID.randomUUID(), Role.TENANT_ADMIN);

        for (String query : List.of("?stage=NOPE", "?limit=0", "?limit=101", "?cursor=bm9wZQ", "?channel=fax",
                "?language=de")) {
            admin.get().uri("/api/conversations" + query).exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        admin.get().uri("/api/conversations/not-a-uuid").exchange().expectStatus().isNotFound();
        ChatKey chat = newChat(Channel.WEBCHAT);
        awaitTurn(chat, send(chat, new MessageContent.Text("hi"), "en"));
        WebTestClient own = api(chat.tenantId(), Role.AGENT);
        own.post().uri("/api/conversations/{id}/messages", StoredConversation.idOf(chat))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "  ")).exchange()
                .expectStatus().isBadRequest();
        own.post().uri("/api/conversations/{id}/messages", StoredConversation.idOf(chat))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "x".repeat(4_097))).exchange()
                .expectStatus().isBadRequest();
        own.post().uri("/api/conversations/{id}/messages", StoredConversation.idOf(chat))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json").exchange()
                .expectStatus().isBadRequest();
    }

    private static JsonNode get(WebTestClient client, String uri) {
        return client.get().uri(uri).exchange().expectStatus().isOk().expectBody(JsonNode.class).returnResult()
                .getResponseBody();
    }

    private static String accepted(WebTestClient.RequestHeadersSpec<?> request) {
        return request.exchange().expectStatus().isAccepted().expectBody(JsonNode.class).returnResult()
                .getResponseBody().get("requestId").asString();
    }

    private WebTestClient client(PlatformPrincipal principal) {
        return WebTestClient.bindToServer().baseUrl("http://localhost:" + port).responseTimeout(WAIT)
                .defaultHeader("Authorization", "Bearer " + tokens.issue(principal, Duration.ofMinutes(5))).build();
    }
}
