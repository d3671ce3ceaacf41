package com.artinsmartrealty.gateway.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.outbound.DeliveryFailure;
import com.google.gson.Gson;
import com.pengrad.telegrambot.request.SendMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class TelegramSenderTest {

    @Test
    void buttonsBecomeAnInlineKeyboardOneButtonARow() {
        SendMessage message = TelegramSender.render(reply(List.of(new ReplyButton("Investment", "goal:investment"),
                new ReplyButton("Living", "goal:living")), false), "What is your main goal?");

        String markup = new Gson().toJson(message.getParameters().get("reply_markup"));
        assertThat(markup).contains("goal:investment").contains("goal:living").contains("inline_keyboard");
        assertThat(message.getParameters().get("text")).isEqualTo("What is your main goal?");
    }

    @Test
    void aPhoneRequestBecomesAOneTimeContactKeyboard() {
        SendMessage message = TelegramSender.render(reply(List.of(new ReplyButton("📱 Share my number", "phone:share")),
                true), "Your number?");

        String markup = new Gson().toJson(message.getParameters().get("reply_markup"));
        assertThat(markup).contains("request_contact").contains("one_time_keyboard").doesNotContain("inline_keyboard");
    }

    @Test
    void telegramErrorsMapToWhatDeliveryDoesNext() {
        assertThat(TelegramSender.failure(new TelegramApiException("sendMessage", 429, "Too Many Requests: retry after 7",
                7))).satisfies(failure -> {
                    assertThat(failure.kind()).isEqualTo(DeliveryFailure.Kind.RETRY_AFTER);
                    assertThat(failure.retryAfter()).isEqualTo(Duration.ofSeconds(7));
                });
        assertThat(TelegramSender.failure(new TelegramApiException("sendMessage", 403,
                "Forbidden: bot was blocked by the user", null)).kind()).isEqualTo(DeliveryFailure.Kind.BLOCKED);
        assertThat(TelegramSender.failure(new TelegramApiException("sendMessage", 400,
                "Bad Request: chat not found", null)).kind()).isEqualTo(DeliveryFailure.Kind.REJECTED);
        assertThat(TelegramSender.failure(new TelegramApiException("sendMessage", 502, "Bad Gateway", null)).kind())
                .isEqualTo(DeliveryFailure.Kind.TRANSIENT);
        assertThat(TelegramSender.failure(new IOException("connection reset")).kind())
                .isEqualTo(DeliveryFailure.Kind.TRANSIENT);
        assertThat(TelegramSender.failure(MediaFailure.permanent("gone")).kind())
                .isEqualTo(DeliveryFailure.Kind.REJECTED);
        assertThat(TelegramSender.failure(MediaFailure.retryable("lead-service down", null)).kind())
                .isEqualTo(DeliveryFailure.Kind.TRANSIENT);
    }

    private static ReplyComposed reply(List<ReplyButton> buttons, boolean requestContact) {
        return new ReplyComposed(UUID.randomUUID(), Channel.TELEGRAM, "42", "en", ReplyComposed.Author.BOT, "text",
                buttons, List.of(), requestContact);
    }
}
