package com.artinsmartrealty.gateway.webchat;

import static org.assertj.core.api.Assertions.assertThat;

import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.support.StubServices;
import com.artinsmartrealty.gateway.support.GatewayIT;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/** The website chat as an embeddable widget: per-tenant origins and rate limits per session and address. */
class WebChatIT extends GatewayIT {

    @Test
    void anAllowedOriginGetsCorsHeadersAndADisallowedOneIsRefusedBeforeAnythingHappens() {
        client().post().uri("/webchat/demo/sessions").header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header("X-Forwarded-For", address()).exchange()
                .expectStatus().isCreated()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "http://localhost:3000");
        client().post().uri("/webchat/demo/sessions").header(HttpHeaders.ORIGIN, "https://copycat.example")
                .header("X-Forwarded-For", address()).exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
    }

    @Test
    void preflightsAreAnsweredPerTenant() {
        TestTenant tenant = tenant();
        client().put().uri("/api/channels").header(HttpHeaders.AUTHORIZATION, bearer(tenant.id(),
                        com.artinsmartrealty.platform.security.Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("webchat", Map.of("allowedOrigins", List.of("https://*.agency.example"))))
                .exchange().expectStatus().isOk();

        client().options().uri("/webchat/{slug}/sessions", tenant.slug())
                .header(HttpHeaders.ORIGIN, "https://www.agency.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "content-type")
                .exchange().expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "https://www.agency.example");
        client().options().uri("/webchat/{slug}/sessions", tenant.slug())
                .header(HttpHeaders.ORIGIN, "http://localhost:3000")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "POST")
                .exchange().expectStatus().isForbidden();
        client().post().uri("/webchat/{slug}/sessions", tenant.slug()).header("X-Forwarded-For", address())
                .exchange().expectStatus().isCreated();
    }

    @Test
    void anAgencyWithoutOriginsCannotBeEmbeddedAnywhere() {
        TestTenant tenant = tenant();
        client().post().uri("/webchat/{slug}/sessions", tenant.slug()).header(HttpHeaders.ORIGIN, "https://any.example")
                .exchange().expectStatus().isForbidden();
    }

    @Test
    void oneSessionMaySendOnlySoManyMessagesAMinute() {
        String address = address();
        String session = open(address);

        for (int i = 0; i < 30; i++) {
            send(address, session, "message " + i).expectStatus().isAccepted();
        }
        long published = TOPICS.endOffsets(Topics.CHAT_INBOUND);
        send(address, session, "one too many").expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(published);
    }

    @Test
    void oneAddressMaySendOnlySoManyMessagesAcrossItsSessions() {
        String address = address();
        String first = open(address);
        String second = open(address);

        for (int i = 0; i < 25; i++) {
            send(address, first, "a" + i).expectStatus().isAccepted();
        }
        for (int i = 0; i < 15; i++) {
            send(address, second, "b" + i).expectStatus().isAccepted();
        }
        send(address, second, "b15").expectStatus().isEqualTo(429);
        send(address(), open(address()), "someone else").expectStatus().isAccepted();
    }

    @Test
    void oneAddressMayOpenOnlySoManySessionsAMinute() {
        String address = address();
        for (int i = 0; i < 20; i++) {
            open(address);
        }
        client().post().uri("/webchat/demo/sessions").header("X-Forwarded-For", address).exchange()
                .expectStatus().isEqualTo(429).expectHeader().exists(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void badBodiesAre4xxAndPublishNothing() {
        String address = address();
        String session = open(address);
        long before = TOPICS.endOffsets(Topics.CHAT_INBOUND);

        for (String body : List.of("{not json", "{}", "{\"text\":\"   \"}", "{\"text\":\"a\",\"callbackData\":\"b\"}",
                "{\"callbackData\":\"" + "x".repeat(65) + "\"}", "{\"text\":\"" + "y".repeat(4097) + "\"}", "[]")) {
            client().post().uri("/webchat/demo/sessions/{id}/messages", session).header("X-Forwarded-For", address)
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                    .exchange().expectStatus().isBadRequest()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().post().uri("/webchat/demo/sessions/{id}/messages", session).header("X-Forwarded-For", address)
                .contentType(MediaType.TEXT_PLAIN).bodyValue("hi").exchange().expectStatus().isEqualTo(415);
        client().post().uri("/webchat/demo/sessions/{id}/messages", session).header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"text\":\"" + "z".repeat(40_000) + "\"}")
                .exchange().expectStatus().isEqualTo(413);

        assertThat(TOPICS.endOffsets(Topics.CHAT_INBOUND)).isEqualTo(before);
    }

    @Test
    void aVisitorDownloadsTheFilesTheBotSentInTheirOwnSessionOnly() {
        TestTenant tenant = tenant();
        String address = address();
        String session = open(tenant.slug(), address);
        String other = open(tenant.slug(), address);
        ReplyComposed reply = reply(Channel.WEBCHAT, session, "Your report and your viewing", List.of(), List.of(
                new Attachment(Attachment.Kind.DOCUMENT, new MediaRef("lead-report:" + UUID.randomUUID(),
                        "application/pdf", 0, null), "Marina report"),
                new Attachment(Attachment.Kind.CALENDAR, new MediaRef("appointment-ics:" + UUID.randomUUID(),
                        "text/calendar", 0, "viewing.ics"), null)));

        publishReply(tenant, reply);
        String messageId = reply.messageId().toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> client().get()
                .uri("/webchat/{slug}/sessions/{id}/messages", tenant.slug(), session).exchange()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items").size() == 1);

        client().get().uri("/webchat/{slug}/sessions/{id}/messages/{message}/attachments/0", tenant.slug(), session,
                        messageId).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType("application/pdf")
                .expectBody(byte[].class).isEqualTo(StubServices.REPORT_PDF);
        client().get().uri("/webchat/{slug}/sessions/{id}/messages/{message}/attachments/1", tenant.slug(), session,
                        messageId).exchange()
                .expectStatus().isOk()
                .expectHeader().valueMatches(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=.*viewing\\.ics.*")
                .expectBody(byte[].class).isEqualTo(StubServices.APPOINTMENT_ICS);
        for (String path : List.of("/webchat/{slug}/sessions/" + session + "/messages/" + messageId + "/attachments/2",
                "/webchat/{slug}/sessions/" + other + "/messages/" + messageId + "/attachments/0",
                "/webchat/{slug}/sessions/" + session + "/messages/" + UUID.randomUUID() + "/attachments/0")) {
            client().get().uri(path, tenant.slug()).exchange()
                    .expectStatus().isNotFound()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        client().get().uri("/webchat/demo/sessions/{id}/messages/{message}/attachments/0", session, messageId)
                .exchange().expectStatus().isNotFound();
    }

    private String open(String address) {
        return open("demo", address);
    }

    private String open(String slug, String address) {
        JsonNode body = client().post().uri("/webchat/{slug}/sessions", slug).header("X-Forwarded-For", address)
                .exchange()
                .expectStatus().isCreated().expectBody(JsonNode.class).returnResult().getResponseBody();
        return body.get("sessionId").asString();
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec send(String address,
                                                                                        String session, String text) {
        return client().post().uri("/webchat/demo/sessions/{id}/messages", session).header("X-Forwarded-For", address)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("text", text)).exchange();
    }
}
