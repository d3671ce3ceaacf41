package com.artinsmartrealty.conversation.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.chat.Sender;
import com.artinsmartrealty.conversation.dialogue.Dialogue;
import com.artinsmartrealty.conversation.dialogue.Dialogues;
import com.artinsmartrealty.conversation.dialogue.Expectations;
import com.artinsmartrealty.conversation.dialogue.FakeServices;
import com.artinsmartrealty.conversation.dialogue.Observed;
import com.artinsmartrealty.conversation.dialogue.TurnInputs;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.persistence.Turn;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.platform.security.Role;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * The dialogues marked {@code kafka: true}, through the real path: messages on chat.inbound.v1, the
 * service's ordered consumer, PostgreSQL and Redis, HTTP calls to the local stand-ins of ai-, lead- and
 * scheduling-service, replies read back from chat.outbound.v1; agents act through the dashboard API.
 */
class DialoguesOverKafkaIT extends ConversationServiceTestBase {

    static Stream<Dialogue> dialogues() {
        return Dialogues.overKafka();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialogues")
    void runs(Dialogue dialogue) {
        FakeServices services = new FakeServices(dialogue.services());
        FAKES.use(services);
        ChatKey chat = newChat(Channel.fromWireName(dialogue.channel()));
        Sender sender = new Sender("u-1", "Sara", null, dialogue.client(), dialogue.senderPhone());
        for (int i = 0; i < dialogue.turns().size(); i++) {
            Map<String, Object> turn = dialogue.turns().get(i);
            String where = dialogue + ", turn " + (i + 1) + " over Kafka " + TurnInputs.describe(turn);
            Duration pause = TurnInputs.pause(turn);
            if (pause.compareTo(Duration.ofMinutes(1)) > 0) {
                CLOCK.advance(pause);
            }
            TurnInputs.applyOverrides(turn, services);
            int callsBefore = FAKES.calls().size();
            String turnKey = act(chat, sender, turn, i, services);
            Turn stored = awaitTurn(chat, turnKey);
            Set<UUID> ids = stored.outbox().stream().map(record -> record.envelope())
                    .map(envelope -> envelope.replaceAll("(?s).*\"messageId\"\\s*:\\s*\"([^\"]+)\".*", "$1"))
                    .filter(id -> id.length() == 36).map(UUID::fromString).collect(Collectors.toSet());
            List<Observed.Reply> replies = replies(chat).stream().filter(reply -> ids.contains(reply.messageId()))
                    .map(DialoguesOverKafkaIT::observed).toList();
            StoredConversation after = conversation(chat);
            Expectations.check(where, TurnInputs.expect(turn),
                    new Observed(replies, FAKES.kindsSince(callsBefore, chat.tenantId()), stored.events(),
                            after.state()));
            TurnInputs.restoreOverrides(turn, services, dialogue.services());
        }
        List<ConversationEvent> log = store.events(chat).collectList().block(WAIT);
        assertThat(ConversationState.replay(log)).as("the stored event log rebuilds the stored state")
                .isEqualTo(conversation(chat).state());
    }

    /** Does what the turn says; returns the key its turn is stored under. */
    @SuppressWarnings("unchecked")
    private String act(ChatKey chat, Sender sender, Map<String, Object> turn, int index, FakeServices services) {
        String id = UUID.randomUUID().toString();
        if (turn.containsKey("agent")) {
            Object agent = turn.get("agent");
            String path = agent instanceof Map<?, ?> ? "messages" : String.valueOf(agent);
            UUID conversation = StoredConversation.idOf(chat);
            var request = api(chat.tenantId(), Role.AGENT).post()
                    .uri("/api/conversations/{id}/{action}", conversation, path);
            var spec = agent instanceof Map<?, ?> reply
                    ? request.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", reply.get("reply")))
                    : request;
            JsonNode accepted = spec.exchange().expectStatus().isAccepted().expectBody(JsonNode.class)
                    .returnResult().getResponseBody();
            return "agent:" + accepted.get("requestId").asString();
        }
        MessageContent content;
        boolean edited = false;
        if (turn.containsKey("say")) {
            content = new MessageContent.Text(String.valueOf(turn.get("say")));
        } else if (turn.containsKey("press")) {
            content = new MessageContent.ButtonPress(String.valueOf(turn.get("press")));
        } else if (turn.containsKey("voice")) {
            String ref = TurnInputs.mediaRef("voice", index) + "-" + chat.chatId();
            services.scriptVoice(ref, TurnInputs.spec(turn.get("voice")));
            content = new MessageContent.Voice(new MediaRef(ref, "audio/ogg; codecs=opus", 4_096, null), 6);
        } else if (turn.containsKey("photo")) {
            String ref = TurnInputs.mediaRef("photo", index) + "-" + chat.chatId();
            services.scriptPhoto(ref, TurnInputs.spec(turn.get("photo")));
            content = new MessageContent.Photo(new MediaRef(ref, "image/jpeg", 80_000, null), null);
        } else if (turn.containsKey("contact")) {
            Map<String, Object> contact = (Map<String, Object>) turn.get("contact");
            content = new MessageContent.SharedContact(String.valueOf(contact.get("phone")),
                    Boolean.TRUE.equals(contact.get("own")));
        } else if (turn.containsKey("edit")) {
            content = new MessageContent.Text(String.valueOf(turn.get("edit")));
            edited = true;
        } else {
            content = new MessageContent.Unsupported("sticker");
        }
        return send(chat, content, sender, id, edited);
    }

    private static Observed.Reply observed(ReplyComposed reply) {
        return new Observed.Reply(reply.author().name().toLowerCase(Locale.ROOT), reply.language(),
                reply.text() == null ? "" : reply.text(),
                reply.buttons().stream().map(button -> button.callbackData()).toList(),
                reply.buttons().stream().map(button -> button.label()).toList(),
                reply.attachments().stream().map(attachment -> attachment.media().ref()).toList(),
                reply.requestContact(), true);
    }
}
