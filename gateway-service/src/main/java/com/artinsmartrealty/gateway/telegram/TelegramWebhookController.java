package com.artinsmartrealty.gateway.telegram;

import com.artinsmartrealty.gateway.inbound.InboundPublisher;
import com.artinsmartrealty.gateway.tenants.TelegramSettings;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.google.gson.JsonParseException;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.request.AnswerCallbackQuery;
import com.pengrad.telegrambot.utility.BotUtils;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Telegram's webhook for one tenant's bot. The secret header is checked before the update is read;
 * a missing or wrong secret is 403 and nothing is published. An accepted update is answered only
 * after the broker has it; a repeated {@code update_id} is answered 200 and dropped.
 */
@RestController
class TelegramWebhookController {

    static final String SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token";
    private static final Duration DEDUPE_WINDOW = Duration.ofHours(24);
    private static final Logger log = LoggerFactory.getLogger(TelegramWebhookController.class);

    private final TenantDirectory directory;
    private final InboundPublisher inbound;
    private final TelegramClient telegram;
    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    TelegramWebhookController(TenantDirectory directory, InboundPublisher inbound, TelegramClient telegram,
                              ReactiveStringRedisTemplate redis, Clock clock) {
        this.directory = directory;
        this.inbound = inbound;
        this.telegram = telegram;
        this.redis = redis;
        this.clock = clock;
    }

    @PostMapping(path = "/webhooks/telegram/{tenantSlug}", consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<ResponseEntity<Void>> receive(@PathVariable String tenantSlug,
                                       @RequestHeader(name = SECRET_HEADER, required = false) String secret,
                                       @RequestBody(required = false) String body) {
        return directory.bySlug(tenantSlug)
                .filter(tenant -> tenant.active())
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown bot")))
                .flatMap(tenant -> directory.telegram(tenant.id())
                        .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "unknown bot"))))
                .flatMap(settings -> {
                    if (!secretMatches(settings, secret)) {
                        return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                "missing or wrong secret token"));
                    }
                    return accept(settings, parse(body));
                })
                .thenReturn(ResponseEntity.ok().<Void>build());
    }

    private Mono<Void> accept(TelegramSettings settings, Update update) {
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
                    return inbound.publish(settings.tenantId(), message.get())
                            .onErrorResume(error -> redis.delete(dedupeKey).then(Mono.error(error)))
                            .then(answerCallback(settings, update));
                });
    }

    /** Stops the client's progress indicator; Telegram requires an answer to every button press. */
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

    private static boolean secretMatches(TelegramSettings settings, String presented) {
        if (presented == null) {
            return false;
        }
        return MessageDigest.isEqual(settings.webhookSecret().getBytes(StandardCharsets.UTF_8),
                presented.getBytes(StandardCharsets.UTF_8));
    }

    private static Update parse(String body) {
        try {
            Update update = body == null ? null : BotUtils.parseUpdate(body);
            if (update == null || update.updateId() == null) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram update");
            }
            return update;
        } catch (JsonParseException | IllegalStateException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a Telegram update");
        }
    }
}
