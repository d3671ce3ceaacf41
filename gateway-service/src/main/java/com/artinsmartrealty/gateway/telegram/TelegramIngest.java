package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.gateway.inbound.InboundMedia;
import com.artinsmartrealty.gateway.inbound.InboundPublisher;
import com.artinsmartrealty.gateway.outbound.Reachability;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What the platform does with one Telegram update, however it arrived (webhook or long polling):
 * <ul>
 *   <li>a button press is answered at once ({@code answerCallbackQuery}), whatever else happens;</li>
 *   <li>{@code my_chat_member} in a private chat marks the chat unreachable (kicked) or reachable again;</li>
 *   <li>a private message is published on {@code chat.inbound.v1} once per {@code update_id}, its
 *       voice note, photo or document fetched and stored first, so only a {@code media:} reference
 *       travels. Groups, channels and other kinds are ignored.</li>
 * </ul>
 * Completes when the broker has the record.
 */
@Component
class TelegramIngest {

    private static final Duration DEDUPE_WINDOW = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(TelegramIngest.class);

    private final InboundPublisher inbound;
    private final TelegramClient telegram;
    private final TelegramFiles files;
    private final Reachability reachability;
    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    TelegramIngest(InboundPublisher inbound, TelegramClient telegram, TelegramFiles files, Reachability reachability,
                   ReactiveStringRedisTemplate redis, Clock clock) {
        this.inbound = inbound;
        this.telegram = telegram;
        this.files = files;
        this.reachability = reachability;
        this.redis = redis;
        this.clock = clock;
    }

    Mono<Void> accept(TelegramSettings settings, Update update) {
        return Mono.when(answerCallback(settings, update), membership(settings, update).then(publish(settings, update)));
    }

    private Mono<Void> publish(TelegramSettings settings, Update update) {
        var message = TelegramUpdates.toInbound(update, clock.instant());
        if (message.isEmpty()) {
            return Mono.empty();
        }
        String dedupeKey = "gw:tg:update:" + settings.tenantId() + ":" + update.updateId();
        return redis.opsForValue().setIfAbsent(dedupeKey, "1", DEDUPE_WINDOW)
                .flatMap(first -> {
                    if (!first) {
                        log.info("Dropped repeated Telegram update {}", update.updateId());
                        return Mono.empty();
                    }
                    return withStoredMedia(settings, message.get())
                            .flatMap(received -> inbound.publish(settings.tenantId(), received))
                            .onErrorResume(error -> redis.delete(dedupeKey).then(Mono.error(error)))
                            .then();
                });
    }

    /**
     * The message with its file stored and referenced as {@code media:}. When the file cannot be
     * fetched now (too large, Telegram unreachable), the {@code telegram-file:} reference stays:
     * the gateway can still resolve it later, and the message is not held back.
     */
    private Mono<ChatMessageReceived> withStoredMedia(TelegramSettings settings, ChatMessageReceived message) {
        MediaRef media = InboundMedia.of(message).orElse(null);
        if (media == null || !media.ref().startsWith(TelegramUpdates.FILE_REF_PREFIX)) {
            return Mono.just(message);
        }
        return files.stored(settings, media)
                .map(stored -> InboundMedia.replaced(message, stored))
                .onErrorResume(error -> {
                    log.warn("Telegram file not stored, passing its reference on: {}", error.getMessage());
                    return Mono.just(message);
                });
    }

    private Mono<Void> membership(TelegramSettings settings, Update update) {
        return TelegramUpdates.membership(update)
                .map(change -> change.reachable()
                        ? reachability.markReachable(settings.tenantId(), Channel.TELEGRAM, change.chatId())
                        : reachability.markUnreachable(settings.tenantId(), Channel.TELEGRAM, change.chatId(),
                        "my_chat_member: kicked"))
                .orElse(Mono.empty());
    }

    /** Stops the client's progress indicator; a late or failed answer is logged, never fatal. */
    private Mono<Void> answerCallback(TelegramSettings settings, Update update) {
        if (update.callbackQuery() == null) {
            return Mono.empty();
        }
        return telegram.execute(settings.botToken(), new AnswerCallbackQuery(update.callbackQuery().id()))
                .then()
                .onErrorResume(error -> {
                    log.warn("answerCallbackQuery failed: {}", error.getMessage());
                    return Mono.empty();
                });
    }
}
