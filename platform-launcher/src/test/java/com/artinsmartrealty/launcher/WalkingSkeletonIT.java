package com.artinsmartrealty.launcher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import com.artinsmartrealty.testkit.telegram.FakeTelegramBotApi;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerSentEvent;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;
import reactor.test.StepVerifier;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One message's whole journey over the real embedded broker, database and Redis: a channel delivers
 * a message to the gateway, the gateway publishes it on {@code chat.inbound.v1}, the conversation
 * service answers on {@code chat.outbound.v1}, and the gateway delivers the answer on the channel;
 * and a visitor's whole way from a first word to a booked viewing with the demo agency, through every
 * service: understanding (ai), matches and the lead's report (lead), slots and the booking (scheduling).
 */
class WalkingSkeletonIT {

    private static final String BOT_TOKEN = "123456:TEST-demo-token";
    private static final String WEBHOOK_SECRET = "demo-webhook-secret";
    private static final AtomicLong UPDATE_IDS = new AtomicLong(815_000_000);
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Path DIALOGUES = Path.of(System.getProperty("dialogues.dir",
            "../conversation-service/src/test/resources/dialogues")).toAbsolutePath().normalize();

    private static FakeTelegramBotApi telegram;
    private static PlatformServices platform;
    private static WebTestClient gateway;

    @BeforeAll
    static void startPlatform() {
        telegram = FakeTelegramBotApi.start();
        platform = TestPlatform.start(Map.of(
                "gateway.telegram-api-url", telegram.baseUrl(),
                "gateway.demo.telegram-bot-token", BOT_TOKEN,
                "gateway.demo.telegram-webhook-secret", WEBHOOK_SECRET,
                // Every visitor of these tests comes from this machine's address.
                "gateway.webchat.sessions-per-address", "1000",
                "gateway.webchat.messages-per-address", "10000"));
        gateway = WebTestClient.bindToServer()
                .baseUrl("http://localhost:" + platform.port("gateway-service"))
                .responseTimeout(Duration.ofSeconds(20))
                .build();
    }

    @AfterAll
    static void stopPlatform() {
        if (platform != null) {
            platform.close();
        }
        if (telegram != null) {
            telegram.close();
        }
    }

    @Test
    void aTelegramStartGetsTheGreetingWithThreeGoalButtons() {
        long chatId = 700_000_001L;

        postUpdate(startUpdate(chatId, "/start campaign-marina"), WEBHOOK_SECRET).expectStatus().isOk();

        FakeTelegramBotApi.Call sent = awaitSendMessage(chatId);
        assertThat(sent.token()).isEqualTo(BOT_TOKEN);
        assertThat(sent.parameters().get("text")).contains("What is your main goal?");
        JsonNode keyboard = JSON.readTree(sent.parameters().get("reply_markup")).get("inline_keyboard");
        assertThat(keyboard.valueStream().map(row -> row.get(0).get("callback_data").asString()))
                .containsExactly("goal:investment", "goal:living", "goal:residency");
        assertThat(keyboard.valueStream().map(row -> row.get(0).get("text").asString()))
                .containsExactly("Investment", "Living", "Residency");
    }

    @Test
    void theGreetingIsInTheLanguageTheTelegramClientReports() {
        long chatId = 700_000_002L;

        postUpdate(startUpdate(chatId, "سلام").replace("\"language_code\":\"en\"", "\"language_code\":\"fa\""),
                WEBHOOK_SECRET).expectStatus().isOk();

        assertThat(awaitSendMessage(chatId).parameters().get("text")).contains("هدف اصلی شما چیست؟");
    }

    @Test
    void anUpdateWithoutTheRightSecretIsRefusedAndPublishesNothing() throws Exception {
        long before = endOffsets(Topics.CHAT_INBOUND);

        postUpdate(startUpdate(700_000_003L, "/start"), null).expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        postUpdate(startUpdate(700_000_003L, "/start"), "not-the-secret").expectStatus().isForbidden();

        assertThat(endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
        assertThat(telegram.calls(call -> "700000003".equals(call.parameters().get("chat_id")))).isEmpty();
    }

    @Test
    void aRepeatedTelegramUpdateIsAnsweredOnce() throws Exception {
        long chatId = 700_000_004L;
        String update = startUpdate(chatId, "/start");
        postUpdate(update, WEBHOOK_SECRET).expectStatus().isOk();
        awaitSendMessage(chatId);
        long afterFirst = endOffsets(Topics.CHAT_INBOUND);

        postUpdate(update, WEBHOOK_SECRET).expectStatus().isOk();

        assertThat(endOffsets(Topics.CHAT_INBOUND)).isEqualTo(afterFirst);
    }

    @Test
    void aWebChatVisitorGetsTheSameGreetingAsAnEventAndInTheTranscript() {
        String sessionId = openSession();
        Flux<ServerSentEvent<JsonNode>> events = gateway.get()
                .uri("/webchat/demo/sessions/{id}/events", sessionId)
                .accept(MediaType.TEXT_EVENT_STREAM)
                .exchange()
                .expectStatus().isOk()
                .returnResult(new ParameterizedTypeReference<ServerSentEvent<JsonNode>>() { })
                .getResponseBody();

        StepVerifier.create(events.filter(event -> event.data() != null)
                        .map(ServerSentEvent::data)
                        .filter(message -> "out".equals(message.get("direction").asString()))
                        .take(1))
                .then(() -> sendText(sessionId, "hi"))
                .assertNext(greeting -> {
                    assertThat(greeting.get("text").asString()).contains("What is your main goal?");
                    assertThat(greeting.get("buttons").valueStream().map(b -> b.get("callbackData").asString()))
                            .containsExactly("goal:investment", "goal:living", "goal:residency");
                })
                .expectComplete()
                .verify(Duration.ofSeconds(30));

        List<JsonNode> transcript = transcript(sessionId);
        assertThat(transcript).extracting(message -> message.get("direction").asString()).containsExactly("in", "out");
        assertThat(transcript.getFirst().get("text").asString()).isEqualTo("hi");
        assertThat(transcript.get(1).get("buttons").valueStream().map(b -> b.get("label").asString()))
                .containsExactly("Investment", "Living", "Residency");
    }

    @Test
    void aPressedWebChatButtonShowsItsLabelInTheTranscript() {
        String sessionId = openSession();
        sendText(sessionId, "hello");
        await().atMost(Duration.ofSeconds(20)).until(() -> transcript(sessionId).size() == 2);

        gateway.post().uri("/webchat/demo/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callbackData", "goal:investment"))
                .exchange()
                .expectStatus().isAccepted();

        assertThat(transcript(sessionId).get(2).get("text").asString()).isEqualTo("Investment");
    }

    @Test
    void webChatRefusesUnknownAgenciesSessionsAndMalformedMessages() {
        gateway.post().uri("/webchat/nobody/sessions").exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.post().uri("/webchat/demo/sessions/{id}/messages", "no-such-session")
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "hi"))
                .exchange().expectStatus().isNotFound();
        String sessionId = openSession();
        gateway.post().uri("/webchat/demo/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", "hi", "callbackData", "x"))
                .exchange().expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.post().uri("/webchat/demo/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{not json")
                .exchange().expectStatus().isBadRequest();
    }

    @Test
    void theGatewayReportsItselfHealthyWithKafkaPostgresAndRedis() {
        gateway.get().uri("/actuator/health/readiness").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.components.kafka.status").isEqualTo("UP")
                .jsonPath("$.components.r2dbc.status").isEqualTo("UP")
                .jsonPath("$.components.redis.status").isEqualTo("UP");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "en, hi, +971 50 482 7316, +971504827316",
        "fa, سلام, +۹۷۱ ۵۵ ۶۱۲ ۳۴۵۰, +971556123450",
        "ar, مرحبا, +٩٧١ ٥٠ ٤٨٢ ٧٣١٦, +971504827316",
        "ru, Привет, +7 916 482 73 15, +79164827315",
    })
    void aWebChatVisitorAnswersByButtonsFromTheFirstWordToABookedViewing(String language, String firstWord,
                                                                         String typedPhone, String phone) {
        String sessionId = openSession();

        sendText(sessionId, firstWord);
        awaitMessageWithButton(sessionId, "goal:investment");
        press(sessionId, "goal:investment");
        awaitMessageWithButton(sessionId, "tx:buy");
        press(sessionId, "tx:buy");
        awaitMessageWithButton(sessionId, "budget:AED:2000000-5000000");
        press(sessionId, "budget:AED:2000000-5000000");
        awaitMessageWithButton(sessionId, "type:villa");
        press(sessionId, "type:villa");
        sendText(sessionId, typedPhone);
        awaitMessageWithButton(sessionId, "schedule");
        press(sessionId, "schedule");
        awaitMessageWithButton(sessionId, "slot:0");
        press(sessionId, "slot:0");

        assertBookedWithTheLeadsReport(sessionId, language, phone);
    }

    /**
     * The conversation suite's free-text dialogues (a question and a correction on the way), their
     * visitor's lines replayed through the web chat of the whole platform: they end in a booked viewing.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("freeTextDialogues")
    void aWrittenDialogueWithAQuestionAndACorrectionEndsInABookedViewing(String name, Path file) throws IOException {
        Map<String, Object> dialogue = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(file));
        String sessionId = openSession();
        String phone = null;
        for (Object line : (List<?>) dialogue.get("turns")) {
            Map<?, ?> turn = (Map<?, ?>) line;
            long answered = outgoing(sessionId);
            if (turn.get("say") != null) {
                sendText(sessionId, turn.get("say").toString());
            } else {
                press(sessionId, turn.get("press").toString());
            }
            if (turn.get("expect") instanceof Map<?, ?> expect && expect.get("phone") != null) {
                phone = expect.get("phone").toString();
            }
            await().atMost(Duration.ofSeconds(60)).until(() -> outgoing(sessionId) > answered);
        }

        // The language is the one the file is written in (its name starts with it), detected from the text.
        assertBookedWithTheLeadsReport(sessionId, name.substring(0, 2), phone);
    }

    static List<Arguments> freeTextDialogues() throws IOException {
        try (var files = Files.list(DIALOGUES)) {
            return files.filter(file -> file.getFileName().toString().matches("(en|fa|ar|ru)-02-.*\\.yaml"))
                    .sorted()
                    .map(file -> Arguments.of(file.getFileName().toString(), file))
                    .toList();
        }
    }

    /** The visitor got the lead's report and the viewing's calendar file; the lead is VIEWING_SCHEDULED. */
    private static void assertBookedWithTheLeadsReport(String sessionId, String language, String phone) {
        String[] report = messageWithAttachment(sessionId, "document");
        assertThat(new String(download(sessionId, report), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String[] calendar = messageWithAttachment(sessionId, "calendar");
        assertThat(new String(download(sessionId, calendar), StandardCharsets.UTF_8))
                .contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "Asia/Dubai");

        String admin = login("admin@demo.example");
        JsonNode lead = await().atMost(Duration.ofSeconds(60)).until(() -> leadsOfChat(admin, sessionId),
                leads -> leads.size() == 1 && "VIEWING_SCHEDULED".equalsIgnoreCase(leads.getFirst().get("status")
                        .asString())).getFirst();
        assertThat(lead.get("phone").asString()).isEqualTo(phone);
        assertThat(lead.get("language").asString()).isEqualTo(language);
        assertThat(lead.get("channel").asString()).isEqualToIgnoringCase("webchat");
    }

    private static long outgoing(String sessionId) {
        return transcript(sessionId).stream().filter(message -> "out".equals(message.get("direction").asString()))
                .count();
    }

    private static JsonNode awaitMessageWithButton(String sessionId, String callbackData) {
        return await().atMost(Duration.ofSeconds(60)).until(() -> transcript(sessionId).stream()
                .filter(message -> "out".equals(message.get("direction").asString()))
                .filter(message -> message.get("buttons").valueStream()
                        .anyMatch(button -> callbackData.equals(button.get("callbackData").asString())))
                .reduce((first, second) -> second), java.util.Optional::isPresent).orElseThrow();
    }

    private static String[] messageWithAttachment(String sessionId, String kind) {
        JsonNode message = await().atMost(Duration.ofSeconds(60)).until(() -> transcript(sessionId).stream()
                .filter(line -> "out".equals(line.get("direction").asString()))
                .filter(line -> line.get("attachments").valueStream()
                        .anyMatch(attachment -> kind.equals(attachment.get("kind").asString())))
                .findFirst(), java.util.Optional::isPresent).orElseThrow();
        return new String[] {message.get("id").asString(), String.valueOf(indexOf(message, kind))};
    }

    private static int indexOf(JsonNode message, String kind) {
        List<JsonNode> attachments = message.get("attachments").valueStream().toList();
        for (int i = 0; i < attachments.size(); i++) {
            if (kind.equals(attachments.get(i).get("kind").asString())) {
                return i;
            }
        }
        throw new AssertionError("no " + kind + " attachment in " + message);
    }

    private static byte[] download(String sessionId, String[] messageAndIndex) {
        return download(sessionId, messageAndIndex[0], Integer.parseInt(messageAndIndex[1]));
    }

    private static byte[] download(String sessionId, String messageId, int index) {
        return gateway.get().uri("/webchat/demo/sessions/{id}/messages/{message}/attachments/{index}", sessionId,
                        messageId, index)
                .exchange()
                .expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    private static void press(String sessionId, String callbackData) {
        gateway.post().uri("/webchat/demo/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("callbackData", callbackData))
                .exchange()
                .expectStatus().isAccepted();
    }

    private static String login(String email) {
        JsonNode tokens = gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", email, "password", TestPlatform.DEMO_PASSWORD))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return "Bearer " + tokens.get("accessToken").asString();
    }

    private static List<JsonNode> leadsOfChat(String bearer, String chatId) {
        JsonNode page = gateway.get().uri(uri -> uri.path("/api/leads").queryParam("chatId", chatId).build())
                .header("Authorization", bearer)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().toList();
    }

    private static String openSession() {
        JsonNode body = gateway.post().uri("/webchat/demo/sessions").exchange()
                .expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return body.get("sessionId").asString();
    }

    private static void sendText(String sessionId, String text) {
        gateway.post().uri("/webchat/demo/sessions/{id}/messages", sessionId)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("text", text))
                .exchange()
                .expectStatus().isAccepted();
    }

    private static List<JsonNode> transcript(String sessionId) {
        JsonNode page = gateway.get().uri("/webchat/demo/sessions/{id}/messages", sessionId).exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();
        return page.get("items").valueStream().toList();
    }

    private static WebTestClient.ResponseSpec postUpdate(String update, String secret) {
        var request = gateway.post().uri("/webhooks/telegram/demo").contentType(MediaType.APPLICATION_JSON);
        if (secret != null) {
            request = request.header("X-Telegram-Bot-Api-Secret-Token", secret);
        }
        return request.bodyValue(update).exchange();
    }

    private static FakeTelegramBotApi.Call awaitSendMessage(long chatId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> telegram.calls(call -> call.method().equals("sendMessage")
                        && String.valueOf(chatId).equals(call.parameters().get("chat_id"))), calls -> !calls.isEmpty())
                .getFirst();
    }

    private static long endOffsets(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers",
                Infrastructure.shared().kafkaBootstrapServers()))) {
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions();
            Map<TopicPartition, OffsetSpec> request = new java.util.HashMap<>();
            partitions.forEach(p -> request.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
            return admin.listOffsets(request).all().get().values().stream().mapToLong(o -> o.offset()).sum();
        }
    }

    /** A private-chat message update as Telegram sends it (Bot API "Update" object). */
    private static String startUpdate(long chatId, String text) {
        long updateId = UPDATE_IDS.incrementAndGet();
        return """
                {"update_id":%d,
                 "message":{"message_id":%d,"date":1767225600,
                   "from":{"id":%d,"is_bot":false,"first_name":"Sara","username":"sara_dxb","language_code":"en"},
                   "chat":{"id":%d,"first_name":"Sara","username":"sara_dxb","type":"private"},
                   "text":"%s"%s}}""".formatted(updateId, updateId % 1000, chatId, chatId, text,
                text.startsWith("/") ? ",\"entities\":[{\"offset\":0,\"length\":" + text.split(" ")[0].length()
                        + ",\"type\":\"bot_command\"}]" : "");
    }
}
