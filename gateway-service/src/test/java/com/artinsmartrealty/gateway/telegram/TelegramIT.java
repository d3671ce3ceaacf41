package com.artinsmartrealty.gateway.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.gateway.outbound.Reachability;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.gateway.support.Payloads;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.telegram.FakeTelegramBotApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Telegram updates as the Bot API sends them, through the webhook and through long polling: what
 * the gateway publishes on {@code chat.inbound.v1} and what it calls back on the Bot API.
 */
class TelegramIT extends GatewayIT {

    @Autowired
    private Reachability reachability;

    @Test
    void aPrivateMessageIsPublishedOnceKeyedByItsChatAndAnsweredAfterTheBrokerHasIt() {
        TestTenant tenant = telegramTenant();
        long chat = chat();
        String update = payload("start_command.json", chat, Map.of());

        post(tenant, update, tenant.webhookSecret()).expectStatus().isOk();
        post(tenant, update, tenant.webhookSecret()).expectStatus().isOk();

        List<EventEnvelope> published = inbound(tenant, chat, 1);
        ChatMessageReceived message = published.getFirst().payloadAs(ChatMessageReceived.class);
        assertThat(published.getFirst().tenantId()).isEqualTo(tenant.id());
        assertThat(message.content()).isEqualTo(new MessageContent.Text("/start campaign-marina"));
        assertThat(message.sender().languageTag()).isEqualTo("fa");
        assertThat(TOPICS.records(Topics.CHAT_INBOUND, key -> key.equals(tenant.id() + ":telegram:" + chat)))
                .hasSize(1);
    }

    @Test
    void aMissingOrWrongSecretIsRefusedBeforeTheUpdateIsReadAndPublishesNothing() {
        TestTenant tenant = telegramTenant();
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(tenant, payload("start_command.json", chat(), Map.of()), null).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(tenant, payload("start_command.json", chat(), Map.of()), "secret-of-someone-else")
                .expectStatus().isForbidden();
        post(tenant, "{not even json", "wrong").expectStatus().isForbidden();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void aButtonPressIsPublishedAndAnsweredAtOnce() {
        TestTenant tenant = telegramTenant();
        long chat = chat();

        post(tenant, payload("callback_query.json", chat, Map.of()), tenant.webhookSecret()).expectStatus().isOk();

        assertThat(inbound(tenant, chat, 1).getFirst().payloadAs(ChatMessageReceived.class).content())
                .isEqualTo(new MessageContent.ButtonPress("goal:investment"));
        assertThat(TELEGRAM.calls(call -> call.method().equals("answerCallbackQuery")
                && call.token().equals(tenant.botToken()))).hasSize(1);
    }

    @Test
    void aLateCallbackAnswerDoesNotFailTheUpdate() {
        TestTenant tenant = telegramTenant();
        long chat = chat();
        TELEGRAM.failNext("answerCallbackQuery", FakeTelegramBotApi.QUERY_TOO_OLD);

        post(tenant, payload("callback_query.json", chat, Map.of()), tenant.webhookSecret()).expectStatus().isOk();

        assertThat(inbound(tenant, chat, 1)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_message.json", "basic_group_message.json", "channel_post.json", "poll.json",
        "inline_query.json", "chat_join_request.json", "future_update_kind.json"})
    void groupsChannelsAndUnusedKindsAreAcknowledgedAndIgnored(String payload) {
        TestTenant tenant = telegramTenant();
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(tenant, payload(payload, chat(), Map.of()), tenant.webhookSecret()).expectStatus().isOk();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void aVoiceNoteIsFetchedAndStoredSoOnlyAReferenceTravelsEvenWhenGetFileFirstOmitsThePath() {
        TestTenant tenant = telegramTenant();
        long chat = chat();
        byte[] audio = ("OggS voice " + chat).getBytes(StandardCharsets.UTF_8);
        String fileId = "AwACAgQAAxkBAAIC" + chat;
        TELEGRAM.addFile(fileId, audio, "voice/file_" + chat + ".oga", 1);

        post(tenant, payload("voice.json", chat, Map.of("file", fileId, "size", audio.length)),
                tenant.webhookSecret()).expectStatus().isOk();

        MessageContent.Voice voice = (MessageContent.Voice) inbound(tenant, chat, 1).getFirst()
                .payloadAs(ChatMessageReceived.class).content();
        assertThat(voice.media().ref()).startsWith("media:" + tenant.id() + "/");
        assertThat(voice.media().mimeType()).isEqualTo("audio/ogg");
        assertThat(TELEGRAM.calls(call -> call.method().equals("getFile")
                && fileId.equals(call.parameters().get("file_id")))).hasSize(2);
        byte[] served = client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", voice.media().ref())
                        .build())
                .header("Authorization", bearer(tenant.id(), Role.SERVICE))
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("audio/ogg")
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(audio);
    }

    @Test
    void aPhotoIsStoredAtItsLargestSizeAndADocumentWithItsName() {
        TestTenant tenant = telegramTenant();
        long chat = chat();
        byte[] jpeg = new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3};
        TELEGRAM.addFile("photo-" + chat, jpeg, "photos/file_" + chat + ".jpg", 0);
        byte[] pdf = "%PDF-1.4 plan".getBytes(StandardCharsets.US_ASCII);
        TELEGRAM.addFile("doc-" + chat, pdf, "documents/file_" + chat + ".pdf", 0);

        post(tenant, payload("photo.json", chat, Map.of("file", "photo-" + chat, "size", jpeg.length)),
                tenant.webhookSecret()).expectStatus().isOk();
        post(tenant, payload("document.json", chat, Map.of("file", "doc-" + chat, "size", pdf.length)),
                tenant.webhookSecret()).expectStatus().isOk();

        List<EventEnvelope> published = inbound(tenant, chat, 2);
        MessageContent.Photo photo = (MessageContent.Photo) published.get(0).payloadAs(ChatMessageReceived.class)
                .content();
        MessageContent.Document document = (MessageContent.Document) published.get(1)
                .payloadAs(ChatMessageReceived.class).content();
        assertThat(photo.media().ref()).startsWith("media:" + tenant.id() + "/");
        assertThat(photo.media().sizeBytes()).isEqualTo(jpeg.length);
        assertThat(document.media().fileName()).isEqualTo("floor-plan.pdf");
        assertThat(TELEGRAM.calls(call -> call.method().equals("getFile")
                && ("photo-" + chat + "-s").equals(call.parameters().get("file_id")))).isEmpty();
    }

    @Test
    void aFileTelegramWillNotServeLeavesItsReferenceAndTheMessageStillGoesThrough() {
        TestTenant tenant = telegramTenant();
        long chat = chat();

        post(tenant, payload("voice.json", chat, Map.of("file", "too-big-" + chat, "size", 25 * 1024 * 1024)),
                tenant.webhookSecret()).expectStatus().isOk();

        MessageContent.Voice voice = (MessageContent.Voice) inbound(tenant, chat, 1).getFirst()
                .payloadAs(ChatMessageReceived.class).content();
        assertThat(voice.media().ref()).isEqualTo("telegram-file:too-big-" + chat);
        assertThat(TELEGRAM.calls(call -> ("too-big-" + chat).equals(call.parameters().get("file_id")))).isEmpty();
    }

    @Test
    void kickingTheBotMarksTheChatUnreachableAndComingBackClearsIt() {
        TestTenant tenant = telegramTenant();
        long chat = chat();

        post(tenant, payload("my_chat_member_kicked.json", chat, Map.of()), tenant.webhookSecret())
                .expectStatus().isOk();
        assertThat(reachability.unreachable(tenant.id(), Channel.TELEGRAM, Long.toString(chat))
                .block(Duration.ofSeconds(5))).isTrue();

        post(tenant, payload("my_chat_member_member.json", chat, Map.of()), tenant.webhookSecret())
                .expectStatus().isOk();
        assertThat(reachability.unreachable(tenant.id(), Channel.TELEGRAM, Long.toString(chat))
                .block(Duration.ofSeconds(5))).isFalse();
    }

    @Test
    void malformedUpdatesAndWrongContentTypesAre4xxWithAProblemBodyAndPublishNothing() {
        TestTenant tenant = telegramTenant();
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        for (String body : List.of("{not json", "[1,2,3]", "{\"update_id\":\"abc\"}", "{}", "\"text\"",
                "{\"update_id\":5,\"message\":{\"chat\":7}}")) {
            post(tenant, body, tenant.webhookSecret()).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().post().uri("/webhooks/telegram/{slug}", tenant.slug())
                .header(TelegramWebhookController.SECRET_HEADER, tenant.webhookSecret())
                .contentType(MediaType.TEXT_PLAIN).bodyValue("hello")
                .exchange().expectStatus().isEqualTo(415)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/webhooks/telegram/{slug}", tenant.slug())
                .header(TelegramWebhookController.SECRET_HEADER, tenant.webhookSecret())
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"update_id\":1,\"x\":\"" + "a".repeat(4_000_000)
                        + "\"}")
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().post().uri("/webhooks/telegram/{slug}", "no-such-agency")
                .header(TelegramWebhookController.SECRET_HEADER, "x")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(payload("start_command.json", chat(), Map.of()))
                .exchange().expectStatus().isNotFound();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void withoutAPublicUrlTheDemoBotIsLongPolledAndItsUpdatesArePublishedLikeWebhookOnes() {
        long chat = chat();
        String update = payload("start_command.json", chat, Map.of());

        TELEGRAM.queueUpdate(DEMO_BOT_TOKEN, update);

        List<EventEnvelope> published = await().atMost(Duration.ofSeconds(30))
                .until(() -> TOPICS.envelopesFor(Topics.CHAT_INBOUND, DemoAgency.TENANT_ID + ":telegram:" + chat),
                        envelopes -> !envelopes.isEmpty());
        assertThat(published.getFirst().payloadAs(ChatMessageReceived.class).content())
                .isEqualTo(new MessageContent.Text("/start campaign-marina"));
        await().atMost(Duration.ofSeconds(30)).until(() -> TELEGRAM.pendingUpdates(DEMO_BOT_TOKEN) == 0);
        assertThat(TELEGRAM.calls(call -> call.method().equals("deleteWebhook")
                && call.token().equals(DEMO_BOT_TOKEN))).isNotEmpty();
        assertThat(TELEGRAM.calls(call -> call.method().equals("getUpdates") && call.token().equals(DEMO_BOT_TOKEN))
                .getLast().parameters().get("allowed_updates")).contains("callback_query").contains("my_chat_member");
    }

    private WebTestClient.ResponseSpec post(TestTenant tenant, String update, String secret) {
        var request = client().post().uri("/webhooks/telegram/{slug}", tenant.slug())
                .contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header(TelegramWebhookController.SECRET_HEADER, secret);
        }
        return request.bodyValue(update).exchange();
    }

    private static List<EventEnvelope> inbound(TestTenant tenant, long chat, int expected) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> TOPICS.envelopesFor(Topics.CHAT_INBOUND, tenant.id() + ":telegram:" + chat),
                        envelopes -> envelopes.size() >= expected);
    }

    private static long chat() {
        return 700_000_000L + unique();
    }

    private static String payload(String name, long chat, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("update", unique(), "message", unique() % 10_000,
                "chat", chat, "file", "AwACAgQAAxkBAAIC" + chat, "size", 2048));
        values.putAll(extra);
        return Payloads.load("telegram/" + name, values);
    }
}
