package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.outbound.ChannelSender;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.platform.messaging.NonRetryableException;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.KeyboardButton;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.request.SendMessage;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Sends a reply to a Telegram chat: text with an inline keyboard, one button a row. */
@Component
class TelegramSender implements ChannelSender {

    private final TenantDirectory directory;
    private final TelegramClient telegram;

    TelegramSender(TenantDirectory directory, TelegramClient telegram) {
        this.directory = directory;
        this.telegram = telegram;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Mono<Void> send(UUID tenantId, ReplyComposed reply) {
        if (!reply.attachments().isEmpty()) {
            return Mono.error(new NonRetryableException("Telegram attachments are not delivered yet"));
        }
        return directory.telegram(tenantId)
                .switchIfEmpty(Mono.error(new NonRetryableException("tenant has no Telegram bot")))
                .flatMap(settings -> telegram.execute(settings.botToken(), render(reply)))
                .then();
    }

    static SendMessage render(ReplyComposed reply) {
        SendMessage message = new SendMessage(reply.chatId(), reply.text());
        if (reply.requestContact()) {
            String label = reply.buttons().isEmpty() ? "📱" : reply.buttons().getFirst().label();
            message.replyMarkup(new ReplyKeyboardMarkup(new KeyboardButton(label).requestContact(true))
                    .oneTimeKeyboard(true).resizeKeyboard(true));
        } else if (!reply.buttons().isEmpty()) {
            InlineKeyboardButton[][] rows = reply.buttons().stream()
                    .map(TelegramSender::inline)
                    .map(button -> new InlineKeyboardButton[] {button})
                    .toArray(InlineKeyboardButton[][]::new);
            message.replyMarkup(new InlineKeyboardMarkup(rows));
        }
        return message;
    }

    private static InlineKeyboardButton inline(ReplyButton button) {
        return new InlineKeyboardButton(button.label()).callbackData(button.callbackData());
    }
}
