package com.artinsmartrealty.gateway.outbound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.gateway.support.StubServices;
import com.artinsmartrealty.platform.messaging.DeadLetters;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.telegram.FakeTelegramBotApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Telegram delivery from {@code chat.outbound.v1} against the Bot API stand-in: rendering, limits, failures, state. */
class OutboundIT extends GatewayIT {

    @Autowired
    Reachability reachability;

    @Test
    void aReplyWithButtonsIsSentOnceAsAnInlineKeyboardAndItsStateIsQueryable() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "What is your main goal?", List.of(
                new ReplyButton("Investment", "goal:investment"), new ReplyButton("Living", "goal:living"),
                new ReplyButton("Residency", "goal:residency")), List.of());

        publish(tenant, reply);
        publish(tenant, reply);

        FakeTelegramBotApi.Call sent = awaitSends(chat, "sendMessage", 1).getFirst();
        assertThat(sent.token()).isEqualTo(tenant.botToken());
        JsonNode keyboard = JSON.readTree(sent.parameters().get("reply_markup")).get("inline_keyboard");
        assertThat(keyboard.valueStream().map(row -> row.get(0).get("callback_data").asString()))
                .containsExactly("goal:investment", "goal:living", "goal:residency");
        DeliveryView view = awaitStatus(tenant, reply.messageId(), "sent");
        assertThat(view.parts()).singleElement().satisfies(part -> {
            assertThat(part.kind()).isEqualTo("text");
            assertThat(part.status()).isEqualTo("sent");
        });
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(sends(chat, "sendMessage")).hasSize(1);
    }

    @Test
    void aLongTextIsSplitAndTheButtonsGoWithItsLastPiece() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        String text = ("Dubai Marina offers waterfront living with strong rental demand. ").repeat(80);

        publish(tenant, reply(Channel.TELEGRAM, chat, text, List.of(new ReplyButton("More", "more")), List.of()));

        List<FakeTelegramBotApi.Call> sent = awaitSends(chat, "sendMessage", 2);
        assertThat(sent).allSatisfy(call -> assertThat(call.parameters().get("text").length()).isLessThanOrEqualTo(4096));
        assertThat(sent.get(0).parameters()).doesNotContainKey("reply_markup");
        assertThat(sent.get(1).parameters().get("reply_markup")).contains("\"callback_data\":\"more\"");
    }

    @Test
    void theLeadReportAndTheCalendarFileAreFetchedWithAServiceTokenAndUploadedWithSendDocument() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        UUID leadId = UUID.randomUUID();
        UUID appointmentId = UUID.randomUUID();

        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "Your report and your viewing", List.of(), List.of(
                new Attachment(Attachment.Kind.DOCUMENT, new MediaRef("lead-report:" + leadId, "application/pdf", 0,
                        null), "Marina report"),
                new Attachment(Attachment.Kind.CALENDAR, new MediaRef("appointment-ics:" + appointmentId,
                        "text/calendar", 0, "viewing.ics"), null)));

        publish(tenant, reply);

        List<FakeTelegramBotApi.Call> documents = awaitSends(chat, "sendDocument", 2);
        assertThat(documents.get(0).uploads().get("document").content()).isEqualTo(StubServices.REPORT_PDF);
        assertThat(documents.get(0).uploads().get("document").fileName()).isEqualTo("lead-report.pdf");
        assertThat(documents.get(0).parameters().get("caption")).isEqualTo("Marina report");
        assertThat(documents.get(1).uploads().get("document").content()).isEqualTo(StubServices.APPOINTMENT_ICS);
        assertThat(documents.get(1).uploads().get("document").fileName()).isEqualTo("viewing.ics");
        StubServices.Request fetch = SERVICES.requests().stream()
                .filter(request -> request.path().equals("/internal/leads/" + leadId + "/report.pdf")).findFirst()
                .orElseThrow();
        PlatformPrincipal caller = accessTokens.verify(fetch.authorization().substring("Bearer ".length()));
        assertThat(caller.role()).isEqualTo(Role.SERVICE);
        assertThat(caller.tenantId()).isEqualTo(tenant.id());
        assertThat(SERVICES.requests()).anySatisfy(request -> assertThat(request.path())
                .isEqualTo("/internal/appointments/" + appointmentId + ".ics"));
        assertThat(awaitStatus(tenant, reply.messageId(), "sent").parts()).extracting(DeliveryView.Part::kind)
                .containsExactly("text", "document", "document");
    }

    @Test
    void a429HoldsOnlyItsOwnChatForRetryAfterWhileOtherChatsGoOn() {
        TestTenant tenant = telegramTenant();
        String waiting = chat();
        String other = chat();
        TELEGRAM.failNextFor("sendMessage", waiting, FakeTelegramBotApi.tooManyRequests(2));

        publish(tenant, reply(Channel.TELEGRAM, waiting, "first", List.of(), List.of()));
        publish(tenant, reply(Channel.TELEGRAM, waiting, "second", List.of(), List.of()));
        publish(tenant, reply(Channel.TELEGRAM, other, "meanwhile", List.of(), List.of()));

        List<FakeTelegramBotApi.Call> waitingCalls = awaitSends(waiting, "sendMessage", 3);
        FakeTelegramBotApi.Call otherCall = awaitSends(other, "sendMessage", 1).getFirst();
        Instant refused = waitingCalls.get(0).at();
        assertThat(waitingCalls).extracting(call -> call.parameters().get("text"))
                .containsExactly("first", "first", "second");
        assertThat(Duration.between(refused, waitingCalls.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(1900));
        assertThat(otherCall.at()).isBefore(waitingCalls.get(1).at());
    }

    @Test
    void aBlockedChatIsMarkedUnreachableAndNothingMoreIsSentToIt() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        TELEGRAM.failNextFor("sendMessage", chat, FakeTelegramBotApi.BLOCKED_BY_USER);
        ReplyComposed first = reply(Channel.TELEGRAM, chat, "hello?", List.of(), List.of());
        ReplyComposed second = reply(Channel.TELEGRAM, chat, "still there?", List.of(), List.of());

        publish(tenant, first);
        awaitStatus(tenant, first.messageId(), "blocked");
        publish(tenant, second);
        awaitStatus(tenant, second.messageId(), "unreachable");

        assertThat(sends(chat, "sendMessage")).hasSize(1);
        assertThat(reachability.unreachable(tenant.id(), Channel.TELEGRAM, chat).block(Duration.ofSeconds(5))).isTrue();
        assertThat(deadLetters(tenant, chat)).isEmpty();
    }

    @Test
    void aTransientErrorIsRetriedWithBackoff() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        TELEGRAM.failNextFor("sendMessage", chat, FakeTelegramBotApi.INTERNAL_ERROR);
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "retry me", List.of(), List.of());

        publish(tenant, reply);

        DeliveryView view = awaitStatus(tenant, reply.messageId(), "sent");
        assertThat(view.attempts()).isEqualTo(2);
        assertThat(sends(chat, "sendMessage")).hasSize(2);
    }

    @Test
    void afterTheLastAttemptTheRecordIsDeadLetteredWithItsReasonAndTheStateSaysSo() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        for (int i = 0; i < 3; i++) {
            TELEGRAM.failNextFor("sendMessage", chat, FakeTelegramBotApi.INTERNAL_ERROR);
        }
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "never arrives", List.of(), List.of());

        publish(tenant, reply);

        DeliveryView view = awaitStatus(tenant, reply.messageId(), "dead_lettered");
        assertThat(view.attempts()).isEqualTo(3);
        assertThat(view.errorCode()).isEqualTo("500");
        ConsumerRecord<String, byte[]> dead = await().atMost(Duration.ofSeconds(20))
                .until(() -> deadLetters(tenant, chat), records -> !records.isEmpty()).getFirst();
        assertThat(new String(dead.headers().lastHeader(DeadLetters.REASON).value(), StandardCharsets.UTF_8))
                .contains("500");
    }

    @Test
    void aRefusalIsNotRetriedAndIsDeadLetteredAtOnce() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        TELEGRAM.failNextFor("sendMessage", chat, FakeTelegramBotApi.CHAT_NOT_FOUND);
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "to nobody", List.of(), List.of());

        publish(tenant, reply);

        DeliveryView view = awaitStatus(tenant, reply.messageId(), "dead_lettered");
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.errorDetail()).contains("chat not found");
        await().atMost(Duration.ofSeconds(20)).until(() -> !deadLetters(tenant, chat).isEmpty());
    }

    @Test
    void aWaitLongerThanAMessageMayWaitDeadLettersInsteadOfHoldingTheChat() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        TELEGRAM.failNextFor("sendMessage", chat, FakeTelegramBotApi.tooManyRequests(10_072));
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "much later", List.of(), List.of());

        publish(tenant, reply);

        assertThat(awaitStatus(tenant, reply.messageId(), "dead_lettered").errorDetail()).contains("10072 s");
    }

    @Test
    void anAttachmentThatDoesNotExistIsDeadLetteredAfterTheTextWent() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "your report", List.of(), List.of(new Attachment(
                Attachment.Kind.DOCUMENT, new MediaRef("lead-report:00000000-0000-0000-0000-000000000404",
                "application/pdf", 0, null), null)));

        publish(tenant, reply);

        DeliveryView view = awaitStatus(tenant, reply.messageId(), "dead_lettered");
        assertThat(view.parts()).hasSize(1);
        assertThat(sends(chat, "sendMessage")).hasSize(1);
        assertThat(sends(chat, "sendDocument")).isEmpty();
    }

    @Test
    void aRetryResumesAfterThePartsAlreadySent() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        TELEGRAM.failNextFor("sendDocument", chat, FakeTelegramBotApi.INTERNAL_ERROR);
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "report below", List.of(), List.of(new Attachment(
                Attachment.Kind.DOCUMENT, new MediaRef("lead-report:" + UUID.randomUUID(), "application/pdf", 0,
                null), null)));

        publish(tenant, reply);

        awaitStatus(tenant, reply.messageId(), "sent");
        assertThat(sends(chat, "sendMessage")).hasSize(1);
        assertThat(sends(chat, "sendDocument")).hasSize(2);
    }

    @Test
    void anotherTenantsDeliveryIsNotFound() {
        TestTenant tenant = telegramTenant();
        String chat = chat();
        ReplyComposed reply = reply(Channel.TELEGRAM, chat, "private", List.of(), List.of());
        publish(tenant, reply);
        awaitStatus(tenant, reply.messageId(), "sent");

        client().get().uri("/api/deliveries/{id}", reply.messageId())
                .header("Authorization", bearer(tenant().id(), Role.TENANT_ADMIN))
                .exchange().expectStatus().isNotFound();
    }

    void publish(TestTenant tenant, ReplyComposed reply) {
        publishReply(tenant, reply);
    }

    DeliveryView awaitStatus(TestTenant tenant, UUID messageId, String status) {
        return awaitDelivery(tenant, messageId, status);
    }

    static List<FakeTelegramBotApi.Call> sends(String chat, String method) {
        return TELEGRAM.calls(call -> call.method().equals(method) && chat.equals(call.parameters().get("chat_id")));
    }

    static List<FakeTelegramBotApi.Call> awaitSends(String chat, String method, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> sends(chat, method), calls -> calls.size() >= count);
    }

    static List<ConsumerRecord<String, byte[]>> deadLetters(TestTenant tenant, String chat) {
        return TOPICS.records(Topics.deadLetterOf(Topics.CHAT_OUTBOUND),
                key -> key.equals(tenant.id() + ":telegram:" + chat) || key.equals(tenant.id() + ":whatsapp:" + chat));
    }

    static String chat() {
        return Long.toString(800_000_000L + unique());
    }
}
