package com.artinsmartrealty.gateway.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.outbound.DeliveryView;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.gateway.support.Payloads;
import com.artinsmartrealty.gateway.support.StubServices;
import com.artinsmartrealty.testkit.whatsapp.FakeWhatsAppGraphApi;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * WhatsApp delivery from {@code chat.outbound.v1} against the Graph API stand-in: buttons or lists by
 * the number of choices, documents, the 24-hour window with its template, 131047 on both paths,
 * throttling, and status webhooks recorded against the messages sent.
 */
class WhatsAppOutboundIT extends GatewayIT {

    @Autowired
    private WhatsAppWindow window;

    @Test
    void insideTheWindowUpToThreeChoicesGoAsReplyButtonsCarryingTheText() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "What is your main goal?", buttons(3), List.of());

        publishReply(tenant, reply);

        JsonNode sent = awaitMessages(user, 1).getFirst();
        assertThat(sent.path("type").asString()).isEqualTo("interactive");
        assertThat(sent.path("interactive").path("type").asString()).isEqualTo("button");
        assertThat(sent.path("interactive").path("body").path("text").asString()).isEqualTo("What is your main goal?");
        assertThat(sent.path("interactive").path("action").path("buttons").path(2).path("reply").path("id")
                .asString()).isEqualTo("choice:2");
        DeliveryView view = awaitDelivery(tenant, reply.messageId(), "sent");
        assertThat(view.parts()).singleElement().satisfies(part -> assertThat(part.kind()).isEqualTo("interactive"));
    }

    @Test
    void moreChoicesGoAsAListOfAtMostTenRows() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);

        publishReply(tenant, reply(Channel.WHATSAPP, user, "Which area?", buttons(12), List.of()));

        List<JsonNode> sent = awaitMessages(user, 2);
        assertThat(sent).allSatisfy(message -> assertThat(message.path("interactive").path("type").asString())
                .isEqualTo("list"));
        assertThat(sent.get(0).path("interactive").path("body").path("text").asString()).isEqualTo("Which area?");
        assertThat(sent.get(0).path("interactive").path("action").path("sections").path(0).path("rows")).hasSize(10);
        assertThat(sent.get(1).path("interactive").path("action").path("sections").path(0).path("rows")).hasSize(2);
    }

    @Test
    void aDocumentIsUploadedThenSentByItsMediaId() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, null, List.of(), List.of(new Attachment(
                Attachment.Kind.DOCUMENT, new MediaRef("lead-report:" + UUID.randomUUID(), "application/pdf", 0,
                "marina-report.pdf"), "Your report")));

        publishReply(tenant, reply);

        JsonNode sent = awaitMessages(user, 1).getFirst();
        assertThat(sent.path("type").asString()).isEqualTo("document");
        assertThat(sent.path("document").path("filename").asString()).isEqualTo("marina-report.pdf");
        assertThat(sent.path("document").path("caption").asString()).isEqualTo("Your report");
        FakeWhatsAppGraphApi.Call upload = GRAPH.calls(call -> call.kind().equals("media")
                && call.node().equals(tenant.phoneNumberId())).getLast();
        assertThat(upload.form().get("file").content()).isEqualTo(StubServices.REPORT_PDF);
        assertThat(upload.form().get("messaging_product").text()).isEqualTo("whatsapp");
        awaitDelivery(tenant, reply.messageId(), "sent");
    }

    @Test
    void outsideTheWindowTheApprovedTemplateGoesInsteadOfFreeText() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = WhatsAppIT.from();
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "Any news on your search?", List.of(), List.of());

        publishReply(tenant, reply);

        JsonNode sent = awaitMessages(user, 1).getFirst();
        assertThat(sent.path("type").asString()).isEqualTo("template");
        assertThat(sent.path("template").path("name").asString()).isEqualTo("follow_up");
        assertThat(sent.path("template").path("language").path("code").asString()).isEqualTo("en_US");
        assertThat(awaitDelivery(tenant, reply.messageId(), "template_sent").parts())
                .singleElement().satisfies(part -> assertThat(part.kind()).isEqualTo("template"));
    }

    @Test
    void outsideTheWindowWithoutATemplateNothingIsSentAndTheMessageIsDeadLettered() {
        TestTenant tenant = whatsappTenant(null, false);
        String user = WhatsAppIT.from();
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "hello?", List.of(), List.of());

        publishReply(tenant, reply);

        DeliveryView view = awaitDelivery(tenant, reply.messageId(), "dead_lettered");
        assertThat(view.errorCode()).isEqualTo("131047");
        assertThat(GRAPH.messagesTo(user)).isEmpty();
    }

    @Test
    void error131047OnSendingSwitchesToTheTemplate() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        GRAPH.failNextSend(tenant.phoneNumberId(), 400, FakeWhatsAppGraphApi.RE_ENGAGEMENT);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "Here are three listings", List.of(), List.of());

        publishReply(tenant, reply);

        List<JsonNode> sent = awaitMessages(user, 2);
        assertThat(sent.get(0).path("type").asString()).isEqualTo("text");
        assertThat(sent.get(1).path("type").asString()).isEqualTo("template");
        awaitDelivery(tenant, reply.messageId(), "template_sent");
    }

    @Test
    void error131047ReportedLaterByWebhookSendsTheTemplateOnce() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "Here are three listings", List.of(), List.of());
        publishReply(tenant, reply);
        String wamid = awaitDelivery(tenant, reply.messageId(), "sent").parts().getFirst().channelMessageId();

        String failed = status("status_failed_131047.json", tenant, user, wamid);
        postStatus(failed);
        postStatus(failed);

        List<JsonNode> sent = awaitMessages(user, 2);
        assertThat(sent.get(1).path("type").asString()).isEqualTo("template");
        DeliveryView view = awaitDelivery(tenant, reply.messageId(), "template_sent");
        assertThat(view.parts()).extracting(DeliveryView.Part::kind).containsExactly("text", "template");
        assertThat(view.parts().getFirst().status()).isEqualTo("failed");
        assertThat(view.parts().getFirst().errorCode()).isEqualTo("131047");
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(2)).until(() -> true);
        assertThat(GRAPH.messagesTo(user)).hasSize(2);
    }

    @Test
    void statusesMoveForwardOnlyAndAreQueryablePerMessage() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "Welcome!", List.of(), List.of());
        publishReply(tenant, reply);
        String wamid = awaitDelivery(tenant, reply.messageId(), "sent").parts().getFirst().channelMessageId();

        postStatus(status("status_read.json", tenant, user, wamid));
        postStatus(status("status_delivered.json", tenant, user, wamid));
        postStatus(status("status_sent.json", tenant, user, wamid));

        DeliveryView view = delivery(tenant, reply.messageId());
        assertThat(view.status()).isEqualTo("sent");
        assertThat(view.parts().getFirst().status()).isEqualTo("read");
    }

    @Test
    void aFailureReportedLaterMarksTheDeliveryFailed() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        ReplyComposed reply = reply(Channel.WHATSAPP, user, "Welcome!", List.of(), List.of());
        publishReply(tenant, reply);
        String wamid = awaitDelivery(tenant, reply.messageId(), "sent").parts().getFirst().channelMessageId();

        postStatus(status("status_failed_131026.json", tenant, user, wamid));

        assertThat(awaitDelivery(tenant, reply.messageId(), "failed").errorCode()).isEqualTo("131026");
    }

    @Test
    void throttlingIsRetriedAndARefusedParameterIsNot() {
        TestTenant tenant = whatsappTenant(null, true);
        String user = openWindow(tenant);
        GRAPH.failNextSend(tenant.phoneNumberId(), 400, FakeWhatsAppGraphApi.PAIR_RATE_LIMIT);
        ReplyComposed throttled = reply(Channel.WHATSAPP, user, "one", List.of(), List.of());

        publishReply(tenant, throttled);
        assertThat(awaitDelivery(tenant, throttled.messageId(), "sent").attempts()).isEqualTo(2);

        GRAPH.failNextSend(tenant.phoneNumberId(), 400, FakeWhatsAppGraphApi.INVALID_PARAMETER);
        ReplyComposed refused = reply(Channel.WHATSAPP, user, "two", List.of(), List.of());
        publishReply(tenant, refused);
        DeliveryView view = awaitDelivery(tenant, refused.messageId(), "dead_lettered");
        assertThat(view.attempts()).isEqualTo(1);
        assertThat(view.errorCode()).isEqualTo("100");
    }

    /** The user wrote a minute ago: the window is open. */
    private String openWindow(TestTenant tenant) {
        String user = WhatsAppIT.from();
        window.userWrote(tenant.id(), user, Instant.now().minusSeconds(60)).block(Duration.ofSeconds(5));
        return user;
    }

    private void postStatus(String body) {
        client().post().uri("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON)
                .header(WhatsAppSignature.HEADER, WhatsAppIT.sign(body))
                .bodyValue(body.getBytes(StandardCharsets.UTF_8))
                .exchange().expectStatus().isOk();
    }

    private static String status(String name, TestTenant tenant, String user, String wamid) {
        return Payloads.load("whatsapp/" + name, Map.of("number", tenant.phoneNumberId(), "from", user,
                "wamid", wamid, "time", Instant.now().getEpochSecond()));
    }

    private static List<JsonNode> awaitMessages(String user, int count) {
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> GRAPH.messagesTo(user).stream().map(call -> JSON.readTree(call.body())).toList(),
                        messages -> messages.size() >= count);
    }

    private static List<ReplyButton> buttons(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ReplyButton("Choice " + i, "choice:" + i)).toList();
    }
}
