package com.artinsmartrealty.gateway.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.gateway.support.GatewayIT;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.testkit.telegram.FakeTelegramBotApi;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * With a public URL, bots are connected by webhook: registered at start and whenever an agency sets
 * its bot, with the agency's secret token and the update kinds the platform reads. (A context of
 * its own, without outbound delivery, closed after this class.)
 */
@TestPropertySource(properties = {
        "gateway.public-url=https://gateway.agency.example/",
        "gateway.telegram.mode=auto",
        "spring.cloud.stream.bindings.outbound-in-0.consumer.auto-startup=false"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class WebhookRegistrationIT extends GatewayIT {

    @Test
    void theDemoBotsWebhookIsRegisteredAtStartWithItsSecret() {
        FakeTelegramBotApi.Call registration = await().atMost(Duration.ofSeconds(20))
                .until(() -> webhooks(DEMO_BOT_TOKEN), calls -> !calls.isEmpty()).getLast();

        assertThat(registration.parameters().get("url")).isEqualTo("https://gateway.agency.example/webhooks/telegram/demo");
        assertThat(registration.parameters().get("secret_token")).isEqualTo(DEMO_WEBHOOK_SECRET);
        assertThat(registration.parameters().get("allowed_updates"))
                .contains("message", "edited_message", "callback_query", "my_chat_member");
    }

    @Test
    void anAgencySettingItsBotGetsItsWebhookWithAGeneratedSecretAndNoPolling() {
        TestTenant tenant = tenant();
        String token = (700_000 + unique()) + ":AAG-webhook-bot";

        client().put().uri("/api/channels").header("Authorization", bearer(tenant.id(), Role.TENANT_ADMIN))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("telegram", Map.of("botToken", token)))
                .exchange().expectStatus().isOk()
                .expectBody()
                .jsonPath("$.telegram.delivery").isEqualTo("webhook")
                .jsonPath("$.telegram.webhookUrl").isEqualTo("https://gateway.agency.example/webhooks/telegram/"
                        + tenant.slug());

        FakeTelegramBotApi.Call registration = webhooks(token).getLast();
        String secret = registration.parameters().get("secret_token");
        assertThat(secret).matches("[A-Za-z0-9_-]{32,256}");
        assertThat(TELEGRAM.calls(call -> call.method().equals("getUpdates") && call.token().equals(token))).isEmpty();
        client().post().uri("/webhooks/telegram/{slug}", tenant.slug())
                .header(TelegramWebhookController.SECRET_HEADER, secret)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"update_id\":1,\"poll\":{\"id\":\"1\","
                        + "\"question\":\"?\",\"options\":[]}}")
                .exchange().expectStatus().isOk();
    }

    private static List<FakeTelegramBotApi.Call> webhooks(String token) {
        return TELEGRAM.calls(call -> call.method().equals("setWebhook") && call.token().equals(token));
    }
}
