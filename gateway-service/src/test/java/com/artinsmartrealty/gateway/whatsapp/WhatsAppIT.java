package com.artinsmartrealty.gateway.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.gateway.support.Payloads;
import com.artinsmartrealty.platform.security.Role;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
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
 * Cloud API webhook notifications as Meta sends them, signed over their raw bytes: what the gateway
 * publishes on {@code chat.inbound.v1} and what it asks of the Graph API.
 */
class WhatsAppIT extends GatewayIT {

    @Autowired
    private WhatsAppWindow window;

    @Test
    void theVerificationRequestEchoesTheChallengeOnlyForTheRightToken() {
        client().get().uri("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token="
                        + VERIFY_TOKEN)
                .exchange()
                .expectStatus().isOk()
                .expectBody(String.class).isEqualTo("1158201444");
        client().get().uri("/webhooks/whatsapp?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess")
                .exchange().expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        client().get().uri("/webhooks/whatsapp?hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=" + VERIFY_TOKEN)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void aMissingSignatureIs401AWrongOneIs403AndNeitherPublishes() {
        TestTenant tenant = whatsappTenant(null, false);
        String body = payload("text.json", tenant, from(), Map.of());
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(body, null).expectStatus().isUnauthorized().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        post(body, WhatsAppSignature.header(body.getBytes(StandardCharsets.UTF_8), "not-the-app-secret"))
                .expectStatus().isForbidden();
        post(body, "sha256=" + "0".repeat(64)).expectStatus().isForbidden();
        String reserialised = body.replace("\n", "").replace("  ", " ");
        post(reserialised, sign(body)).expectStatus().isForbidden();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void aTextIsPublishedOnceForTheTenantThatOwnsTheNumberAndOpensTheWindow() {
        TestTenant tenant = whatsappTenant(null, false);
        String from = from();
        String body = payload("text.json", tenant, from, Map.of());

        post(body, sign(body)).expectStatus().isOk();
        post(body, sign(body)).expectStatus().isOk();

        List<EventEnvelope> published = inbound(tenant, from, 1);
        ChatMessageReceived message = published.getFirst().payloadAs(ChatMessageReceived.class);
        assertThat(message.content()).isEqualTo(new MessageContent.Text("Hi, I want to invest in Dubai Marina"));
        assertThat(message.sender().phoneNumber()).isEqualTo("+" + from);
        assertThat(TOPICS.records(Topics.CHAT_INBOUND, key -> key.equals(tenant.id() + ":whatsapp:" + from)))
                .hasSize(1);
        assertThat(window.open(tenant.id(), from).block(Duration.ofSeconds(5))).isTrue();
    }

    @Test
    void buttonAndListRepliesArePublishedAsButtonPresses() {
        TestTenant tenant = whatsappTenant(null, false);
        String from = from();
        for (String name : List.of("button_reply.json", "list_reply.json", "quick_reply_button.json")) {
            String body = payload(name, tenant, from, Map.of());
            post(body, sign(body)).expectStatus().isOk();
        }

        assertThat(inbound(tenant, from, 3).stream().map(envelope -> envelope.payloadAs(ChatMessageReceived.class)
                .content())).containsExactly(new MessageContent.ButtonPress("goal:investment"),
                new MessageContent.ButtonPress("area:jvc"), new MessageContent.ButtonPress("resume:conversation"));
    }

    @Test
    void aVoiceNoteIsDownloadedWithTheTenantsTokenAndStoredSoOnlyAReferenceTravels() {
        TestTenant tenant = whatsappTenant(null, false);
        String from = from();
        String mediaId = Long.toString(900_000_000L + unique());
        byte[] audio = ("OggS opus " + mediaId).getBytes(StandardCharsets.UTF_8);
        GRAPH.addMedia(mediaId, audio, "audio/ogg", tenant.phoneNumberId());
        String body = payload("voice.json", tenant, from, Map.of("media", mediaId));

        post(body, sign(body)).expectStatus().isOk();

        MessageContent.Voice voice = (MessageContent.Voice) inbound(tenant, from, 1).getFirst()
                .payloadAs(ChatMessageReceived.class).content();
        assertThat(voice.media().ref()).startsWith("media:" + tenant.id() + "/");
        assertThat(voice.media().mimeType()).isEqualTo("audio/ogg; codecs=opus");
        assertThat(GRAPH.calls(call -> call.kind().equals("media-download") && call.node().equals(mediaId)))
                .singleElement().satisfies(call -> assertThat(call.token()).isEqualTo(tenant.accessToken()));
        byte[] served = client().get().uri(uri -> uri.path("/internal/media").queryParam("ref", voice.media().ref())
                        .build())
                .header("Authorization", bearer(tenant.id(), Role.SERVICE))
                .exchange().expectStatus().isOk()
                .expectBody(byte[].class).returnResult().getResponseBody();
        assertThat(served).isEqualTo(audio);
    }

    @Test
    void imagesAndDocumentsAreStoredToo() {
        TestTenant tenant = whatsappTenant(null, false);
        String from = from();
        String image = Long.toString(910_000_000L + unique());
        String document = Long.toString(920_000_000L + unique());
        GRAPH.addMedia(image, new byte[] {(byte) 0xFF, (byte) 0xD8, 9}, "image/jpeg", tenant.phoneNumberId());
        GRAPH.addMedia(document, "%PDF-1.7 deed".getBytes(StandardCharsets.US_ASCII), "application/pdf",
                tenant.phoneNumberId());
        for (var entry : Map.of("image.json", image, "document.json", document).entrySet()) {
            String body = payload(entry.getKey(), tenant, from, Map.of("media", entry.getValue()));
            post(body, sign(body)).expectStatus().isOk();
        }

        assertThat(inbound(tenant, from, 2)).allSatisfy(envelope -> assertThat(
                switch (envelope.payloadAs(ChatMessageReceived.class).content()) {
                    case MessageContent.Photo photo -> photo.media().ref();
                    case MessageContent.Document doc -> doc.media().ref();
                    default -> "none";
                }).startsWith("media:" + tenant.id() + "/"));
    }

    @Test
    void aMediaDownloadThatFailsAsksMetaToDeliverAgainAndTheRetryPublishesOnce() {
        TestTenant tenant = whatsappTenant(null, false);
        String from = from();
        String mediaId = Long.toString(930_000_000L + unique());
        String body = payload("voice.json", tenant, from, Map.of("media", mediaId));
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(body, sign(body)).expectStatus().isEqualTo(503);
        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);

        GRAPH.addMedia(mediaId, "OggS".getBytes(StandardCharsets.US_ASCII), "audio/ogg", tenant.phoneNumberId());
        post(body, sign(body)).expectStatus().isOk();
        assertThat(inbound(tenant, from, 1)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reaction.json", "unsupported.json", "interactive_with_error.json"})
    void reactionsUnsupportedTypesAndBrokenInteractivesAreAcknowledgedAndPublishNothing(String name) {
        TestTenant tenant = whatsappTenant(null, false);
        String body = payload(name, tenant, from(), Map.of());
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(body, sign(body)).expectStatus().isOk();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void everyEntryAndChangeIsProcessedAndEachNumberGoesToItsOwnTenant() {
        TestTenant first = whatsappTenant(null, false);
        TestTenant second = whatsappTenant(null, false);
        String from = from();
        String other = from();
        String body = Payloads.load("whatsapp/multi_entry.json", Map.of("number", first.phoneNumberId(),
                "number2", second.phoneNumberId(), "from", from, "other", other, "wamid", "wamid.M" + unique(),
                "time", Instant.now().getEpochSecond()));

        post(body, sign(body)).expectStatus().isOk();

        assertThat(inbound(first, from, 2).stream().map(envelope -> envelope.payloadAs(ChatMessageReceived.class)
                .content())).containsExactly(new MessageContent.Text("first"), new MessageContent.Text("second"));
        assertThat(inbound(first, other, 1)).hasSize(1);
        assertThat(inbound(second, from, 1).getFirst().payloadAs(ChatMessageReceived.class).content())
                .isEqualTo(new MessageContent.Text("fourth, to another agency"));
    }

    @Test
    void aNumberWithItsOwnAppIsAcceptedWithThatAppsSignatureOnly() {
        TestTenant tenant = whatsappTenant("tenant-own-app-secret", false);
        String from = from();
        String body = payload("text.json", tenant, from, Map.of());

        post(body, WhatsAppSignature.header(body.getBytes(StandardCharsets.UTF_8), "tenant-own-app-secret"))
                .expectStatus().isOk();
        assertThat(inbound(tenant, from, 1)).hasSize(1);

        TestTenant stranger = whatsappTenant(null, false);
        String forged = payload("text.json", stranger, from(), Map.of());
        post(forged, WhatsAppSignature.header(forged.getBytes(StandardCharsets.UTF_8), "tenant-own-app-secret"))
                .expectStatus().isForbidden();
    }

    @Test
    void aPayloadForANumberNoTenantOwnsIsAcknowledgedAndIgnored() {
        String body = Payloads.load("whatsapp/text.json", Map.of("number", "5550001" + unique(), "from", from(),
                "wamid", "wamid.X" + unique(), "time", Instant.now().getEpochSecond()));
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        post(body, sign(body)).expectStatus().isOk();

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void signedButMalformedBodiesAre400AndWrongContentTypes415() {
        for (String body : List.of("{not json", "[]", "\"x\"")) {
            post(body, sign(body)).expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().post().uri("/webhooks/whatsapp").contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .header(WhatsAppSignature.HEADER, sign("a=b")).bodyValue("a=b")
                .exchange().expectStatus().isEqualTo(415);
    }

    private WebTestClient.ResponseSpec post(String body, String signature) {
        var request = client().post().uri("/webhooks/whatsapp").contentType(MediaType.APPLICATION_JSON);
        if (signature != null) {
            request = request.header(WhatsAppSignature.HEADER, signature);
        }
        return request.bodyValue(body.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    static String sign(String body) {
        return WhatsAppSignature.header(body.getBytes(StandardCharsets.UTF_8), APP_SECRET);
    }

    static String from() {
        return Long.toString(971_500_000_000L + unique());
    }

    static String payload(String name, TestTenant tenant, String from, Map<String, Object> extra) {
        Map<String, Object> values = new HashMap<>(Map.of("number", tenant.phoneNumberId(), "from", from,
                "wamid", "wamid.HBgM" + unique(), "time", Instant.now().getEpochSecond(), "media", "1"));
        values.putAll(extra);
        return Payloads.load("whatsapp/" + name, values);
    }

    private static List<EventEnvelope> inbound(TestTenant tenant, String from, int expected) {
        return await().atMost(Duration.ofSeconds(20))
                .until(() -> TOPICS.envelopesFor(Topics.CHAT_INBOUND, tenant.id() + ":whatsapp:" + from),
                        envelopes -> envelopes.size() >= expected);
    }
}
