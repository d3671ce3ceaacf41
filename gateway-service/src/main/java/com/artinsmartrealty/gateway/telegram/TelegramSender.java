package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.media.MediaResolver;
import com.artinsmartrealty.gateway.media.StoredFile;
import com.artinsmartrealty.gateway.outbound.ChannelSender;
import com.artinsmartrealty.gateway.outbound.Delivery;
import com.artinsmartrealty.gateway.outbound.DeliveryFailure;
import com.artinsmartrealty.gateway.outbound.Outcome;
import com.artinsmartrealty.gateway.outbound.OutboundProperties;
import com.artinsmartrealty.gateway.outbound.Pacer;
import com.artinsmartrealty.gateway.outbound.PartKind;
import com.artinsmartrealty.gateway.outbound.TextChunks;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.pengrad.telegrambot.model.request.InlineKeyboardButton;
import com.pengrad.telegrambot.model.request.InlineKeyboardMarkup;
import com.pengrad.telegrambot.model.request.KeyboardButton;
import com.pengrad.telegrambot.model.request.ReplyKeyboardMarkup;
import com.pengrad.telegrambot.request.SendDocument;
import com.pengrad.telegrambot.request.SendMessage;
import com.pengrad.telegrambot.request.SendPhoto;
import com.pengrad.telegrambot.response.SendResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Sends a reply to a Telegram chat: the text (split at 4096 characters) with an inline keyboard, one
 * button a row, on its last piece, then each attachment ({@code sendDocument} with the file uploaded,
 * {@code sendPhoto} for photos). Paced at about one message a second per chat and 30 a second per
 * bot; a 429 holds the chat for its {@code retry_after}; 403 means the user blocked the bot.
 */
@Component
class TelegramSender implements ChannelSender {

    static final int MAX_TEXT = 4096;
    static final int MAX_CAPTION = 1024;
    /** Bots may upload files of up to 50 MB. */
    static final int MAX_UPLOAD_BYTES = 50 * 1024 * 1024;

    private final TenantDirectory directory;
    private final TelegramClient telegram;
    private final MediaResolver media;
    private final Pacer pacer;
    private final OutboundProperties pacing;
    private final Clock clock;

    TelegramSender(TenantDirectory directory, TelegramClient telegram, MediaResolver media, Pacer pacer,
                   OutboundProperties pacing, Clock clock) {
        this.directory = directory;
        this.telegram = telegram;
        this.media = media;
        this.pacer = pacer;
        this.pacing = pacing;
        this.clock = clock;
    }

    @Override
    public Channel channel() {
        return Channel.TELEGRAM;
    }

    @Override
    public Mono<Outcome> send(Delivery delivery) {
        ReplyComposed reply = delivery.reply();
        return Mono.defer(() -> {
                    checkButtons(reply);
                    return directory.telegram(delivery.tenantId());
                })
                .switchIfEmpty(Mono.error(DeliveryFailure.rejected(null, "the tenant has no Telegram bot")))
                .flatMap(settings -> Flux.fromIterable(parts(reply))
                        .index()
                        .skip(delivery.partsSent())
                        .concatMap(indexed -> sendPart(settings, delivery, indexed.getT1().intValue(),
                                indexed.getT2()))
                        .then())
                .thenReturn(Outcome.SENT);
    }

    private Mono<Void> sendPart(TelegramSettings settings, Delivery delivery, int index, Part part) {
        String chatKey = "gw:pace:tg:chat:" + delivery.tenantId() + ":" + delivery.reply().chatId();
        return pacer.await(chatKey, pacing.telegramPerChat())
                .then(pacer.await("gw:pace:tg:bot:" + delivery.tenantId(), pacing.telegramPerBot()))
                .then(part.send().apply(new PartContext(settings, delivery.tenantId())))
                .onErrorMap(error -> failure(error))
                .onErrorResume(DeliveryFailure.class, failure -> failure.kind() == DeliveryFailure.Kind.RETRY_AFTER
                        ? pacer.holdUntil(chatKey, clock.instant().plus(failure.retryAfter())).then(Mono.error(failure))
                        : Mono.error(failure))
                .flatMap(response -> delivery.partSent(index, String.valueOf(response.message().messageId()),
                        part.kind()));
    }

    /** The messages a reply becomes, in order. */
    List<Part> parts(ReplyComposed reply) {
        List<Part> parts = new ArrayList<>();
        List<String> chunks = TextChunks.split(reply.text(), MAX_TEXT);
        for (int i = 0; i < chunks.size(); i++) {
            boolean last = i == chunks.size() - 1;
            String chunk = chunks.get(i);
            parts.add(new Part(PartKind.TEXT, context -> telegram.execute(context.settings().botToken(),
                    last ? render(reply, chunk) : new SendMessage(reply.chatId(), chunk))));
        }
        for (Attachment attachment : reply.attachments()) {
            parts.add(new Part(PartKind.DOCUMENT, context -> media.resolve(context.tenantId(), attachment.media().ref())
                    .switchIfEmpty(Mono.error(DeliveryFailure.rejected(null, "attachment "
                            + scheme(attachment.media().ref()) + " not found")))
                    .flatMap(file -> upload(context.settings().botToken(), reply.chatId(), attachment, file))));
        }
        return parts;
    }

    /** The last text piece with its keyboard: inline buttons, or the "share my phone number" button. */
    static SendMessage render(ReplyComposed reply, String text) {
        SendMessage message = new SendMessage(reply.chatId(), text);
        if (reply.requestContact()) {
            String label = reply.buttons().isEmpty() ? "📱" : reply.buttons().getFirst().label();
            message.replyMarkup(new ReplyKeyboardMarkup(new KeyboardButton(label).requestContact(true))
                    .oneTimeKeyboard(true).resizeKeyboard(true));
        } else if (!reply.buttons().isEmpty()) {
            InlineKeyboardButton[][] rows = reply.buttons().stream()
                    .map(button -> new InlineKeyboardButton(button.label()).callbackData(button.callbackData()))
                    .map(button -> new InlineKeyboardButton[] {button})
                    .toArray(InlineKeyboardButton[][]::new);
            message.replyMarkup(new InlineKeyboardMarkup(rows));
        }
        return message;
    }

    private Mono<SendResponse> upload(String botToken, String chatId, Attachment attachment, StoredFile file) {
        if (file.content().length > MAX_UPLOAD_BYTES) {
            return Mono.error(DeliveryFailure.rejected("413", "the attachment is larger than Telegram's 50 MB"));
        }
        String caption = attachment.caption() == null ? null : TextChunks.split(attachment.caption(), MAX_CAPTION)
                .stream().findFirst().orElse(null);
        if (attachment.kind() == Attachment.Kind.PHOTO) {
            SendPhoto photo = new SendPhoto(chatId, file.content()).fileName(fileName(attachment, file))
                    .contentType(file.mimeType());
            return telegram.execute(botToken, caption == null ? photo : photo.caption(caption));
        }
        SendDocument document = new SendDocument(chatId, file.content()).fileName(fileName(attachment, file))
                .contentType(file.mimeType());
        return telegram.execute(botToken, caption == null ? document : document.caption(caption));
    }

    private static String fileName(Attachment attachment, StoredFile file) {
        if (attachment.media().fileName() != null) {
            return attachment.media().fileName();
        }
        return file.fileName() != null ? file.fileName() : switch (attachment.kind()) {
            case CALENDAR -> "appointment.ics";
            case PHOTO -> "photo.jpg";
            case DOCUMENT -> "document.pdf";
        };
    }

    /** Telegram refuses callback data over 64 bytes (BUTTON_DATA_INVALID): refused here, before sending. */
    static void checkButtons(ReplyComposed reply) {
        for (ReplyButton button : reply.buttons()) {
            int bytes = button.callbackData().getBytes(StandardCharsets.UTF_8).length;
            if (bytes == 0 || bytes > ReplyButton.MAX_CALLBACK_DATA_BYTES || button.label().isBlank()) {
                throw DeliveryFailure.rejected("BUTTON_DATA_INVALID", "a button has no label or callback data of "
                        + bytes + " bytes (1-64 allowed)");
            }
        }
    }

    /** A Bot API error or a network failure in the terms outbound delivery acts on. */
    static DeliveryFailure failure(Throwable error) {
        if (error instanceof DeliveryFailure known) {
            return known;
        }
        if (error instanceof TelegramApiException api) {
            String code = Integer.toString(api.errorCode());
            return switch (api.errorCode()) {
                case 429 -> DeliveryFailure.retryAfter(code, api.getMessage(),
                        Duration.ofSeconds(api.retryAfterSeconds() == null ? 1 : Math.max(1, api.retryAfterSeconds())));
                case 403 -> DeliveryFailure.blocked(code, api.getMessage());
                default -> api.errorCode() >= 500 ? DeliveryFailure.transientError(code, api.getMessage(), api)
                        : DeliveryFailure.rejected(code, api.getMessage());
            };
        }
        if (error instanceof MediaFailure mediaFailure) {
            return mediaFailure.retryable() ? DeliveryFailure.transientError(null, mediaFailure.getMessage(),
                    mediaFailure) : DeliveryFailure.rejected(null, mediaFailure.getMessage());
        }
        if (error instanceof IOException) {
            return DeliveryFailure.transientError(null, "Telegram unreachable: " + error.getMessage(), error);
        }
        return DeliveryFailure.transientError(null, error.getClass().getSimpleName() + ": " + error.getMessage(),
                error);
    }

    private static String scheme(String ref) {
        int colon = ref.indexOf(':');
        return colon < 0 ? "reference" : ref.substring(0, colon + 1);
    }

    /** One message of a reply. */
    record Part(PartKind kind, Function<PartContext, Mono<SendResponse>> send) {
    }

    /** What a part needs to send itself. */
    record PartContext(TelegramSettings settings, UUID tenantId) {
    }
}
