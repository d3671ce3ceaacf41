package com.artinsmartrealty.gateway.whatsapp;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.gateway.inbound.InboundMedia;
import com.artinsmartrealty.gateway.inbound.InboundPublisher;
import com.artinsmartrealty.gateway.media.MediaFailure;
import com.artinsmartrealty.gateway.outbound.DeliveryStatus;
import com.artinsmartrealty.gateway.outbound.DeliveryStore;
import com.artinsmartrealty.gateway.outbound.PartKind;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.gateway.tenants.WhatsAppSettings;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * One authenticated Cloud API webhook payload: every entry and change, each value routed to the
 * tenant that owns its {@code phone_number_id}. Messages open the 24-hour window and are published
 * once per {@code wamid} (media stored first); statuses are recorded against the messages the
 * platform sent, once per (id, status), and a {@code failed} status with 131047 sends the tenant's
 * template instead. Completes with {@link Incomplete} when something could not be done now, so the
 * caller answers non-2xx and Meta delivers the payload again (what was done is not repeated).
 */
@Component
class WhatsAppIngest {

    private static final Logger log = LoggerFactory.getLogger(WhatsAppIngest.class);
    /** Meta retries a payload for up to 7 days. */
    private static final Duration DEDUPE_WINDOW = Duration.ofDays(7);
    private static final Set<String> STATUSES = Set.of("sent", "delivered", "read", "failed");

    private final TenantDirectory directory;
    private final InboundPublisher inbound;
    private final WhatsAppMedia media;
    private final WhatsAppWindow window;
    private final DeliveryStore deliveries;
    private final WhatsAppSender sender;
    private final ReactiveStringRedisTemplate redis;
    private final Clock clock;

    WhatsAppIngest(TenantDirectory directory, InboundPublisher inbound, WhatsAppMedia media, WhatsAppWindow window,
                   DeliveryStore deliveries, WhatsAppSender sender, ReactiveStringRedisTemplate redis, Clock clock) {
        this.directory = directory;
        this.inbound = inbound;
        this.media = media;
        this.window = window;
        this.deliveries = deliveries;
        this.sender = sender;
        this.redis = redis;
        this.clock = clock;
    }

    /** The {@code value}s of a payload's {@code messages} changes. */
    static List<JsonNode> values(JsonNode payload) {
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode entry : payload.path("entry")) {
            for (JsonNode change : entry.path("changes")) {
                String field = change.path("field").asString("");
                if ("messages".equals(field) && change.path("value").isObject()) {
                    values.add(change.path("value"));
                }
            }
        }
        return values;
    }

    static Optional<String> phoneNumberId(JsonNode value) {
        String id = value.path("metadata").path("phone_number_id").asString("");
        return id.isEmpty() ? Optional.empty() : Optional.of(id);
    }

    Mono<Void> accept(JsonNode payload) {
        AtomicInteger failures = new AtomicInteger();
        return Flux.fromIterable(values(payload))
                .concatMap(value -> phoneNumberId(value)
                        .map(number -> directory.whatsappTenant(number)
                                .flatMap(directory::whatsapp)
                                .map(Optional::of)
                                .defaultIfEmpty(Optional.empty())
                                .flatMap(settings -> settings.isPresent() ? value(settings.get(), value, failures)
                                        : Mono.<Void>fromRunnable(() -> log.info(
                                                "WhatsApp payload for a number no tenant owns was ignored"))))
                        .orElse(Mono.empty()))
                .then(Mono.defer(() -> failures.get() == 0 ? Mono.<Void>empty()
                        : Mono.error(new Incomplete(failures.get()))));
    }

    private Mono<Void> value(WhatsAppSettings settings, JsonNode value, AtomicInteger failures) {
        JsonNode contacts = value.path("contacts");
        Flux<Void> messages = Flux.fromIterable(value.path("messages"))
                .concatMap(message -> message(settings, message, contacts)
                        .onErrorResume(error -> failed(failures, "message", error)));
        Flux<Void> statuses = Flux.fromIterable(value.path("statuses"))
                .concatMap(status -> status(settings, status)
                        .onErrorResume(error -> failed(failures, "status", error)));
        for (JsonNode error : value.path("errors")) {
            log.warn("WhatsApp reported error {} for tenant {}", error.path("code").asInt(0), settings.tenantId());
        }
        return messages.thenMany(statuses).then();
    }

    private Mono<Void> message(WhatsAppSettings settings, JsonNode message, JsonNode contacts) {
        UUID tenantId = settings.tenantId();
        Optional<String> chatId = WhatsAppMessages.chatId(message);
        if (chatId.isEmpty()) {
            return Mono.empty();
        }
        Instant now = clock.instant();
        Mono<Void> windowOpened = "system".equals(message.path("type").asString(""))
                ? Mono.empty() : window.userWrote(tenantId, chatId.get(), sentAt(message, now));
        Optional<ChatMessageReceived> received = WhatsAppMessages.toInbound(message, contacts, now);
        if (received.isEmpty()) {
            return windowOpened;
        }
        String dedupeKey = "gw:wa:msg:" + tenantId + ":" + received.get().channelMessageId();
        return windowOpened.then(redis.opsForValue().setIfAbsent(dedupeKey, "1", DEDUPE_WINDOW))
                .flatMap(first -> {
                    if (!first) {
                        log.info("Dropped a repeated WhatsApp message");
                        return Mono.empty();
                    }
                    return withStoredMedia(settings, received.get())
                            .flatMap(ready -> inbound.publish(tenantId, ready))
                            .onErrorResume(error -> redis.delete(dedupeKey).then(Mono.error(error)))
                            .then();
                });
    }

    private Mono<ChatMessageReceived> withStoredMedia(WhatsAppSettings settings, ChatMessageReceived message) {
        MediaRef pending = InboundMedia.of(message).orElse(null);
        if (pending == null || !pending.ref().startsWith(WhatsAppMessages.MEDIA_REF_PREFIX)) {
            return Mono.just(message);
        }
        return media.stored(settings, pending)
                .map(stored -> InboundMedia.replaced(message, stored))
                .onErrorResume(MediaFailure.class, failure -> {
                    if (failure.retryable()) {
                        return Mono.error(failure);
                    }
                    log.warn("WhatsApp media not stored: {}", failure.getMessage());
                    return Mono.just(new ChatMessageReceived(message.channel(), message.chatId(),
                            message.channelMessageId(), message.sender(),
                            new MessageContent.Unsupported("whatsapp media not fetched: " + failure.getMessage()),
                            message.edited(), message.sentAt()));
                });
    }

    private Mono<Void> status(WhatsAppSettings settings, JsonNode status) {
        String id = status.path("id").asString("");
        String state = status.path("status").asString("");
        if (id.isEmpty() || !STATUSES.contains(state)) {
            return Mono.empty();
        }
        JsonNode error = status.path("errors").path(0);
        String code = error.isMissingNode() ? null : Integer.toString(error.path("code").asInt(0));
        String dedupeKey = "gw:wa:status:" + settings.tenantId() + ":" + id + ":" + state;
        return redis.opsForValue().setIfAbsent(dedupeKey, "1", DEDUPE_WINDOW)
                .filter(Boolean::booleanValue)
                .flatMap(first -> deliveries.report(settings.tenantId(), Channel.WHATSAPP, id, state, code)
                        .flatMap(part -> "failed".equals(state) ? failed(settings, part, code, error)
                                : Mono.empty())
                        .onErrorResume(failure -> redis.delete(dedupeKey).then(Mono.error(failure))));
    }

    private Mono<Void> failed(WhatsAppSettings settings, DeliveryStore.PartReport part, String code, JsonNode error) {
        boolean reEngagement = Integer.toString(GraphApiException.RE_ENGAGEMENT).equals(code);
        if (reEngagement && part.kind() != PartKind.TEMPLATE && part.deliveryStatus() != DeliveryStatus.TEMPLATE_SENT) {
            log.info("WhatsApp reported 131047 for reply {}; sending the template", part.messageId());
            return sender.sendTemplateAfterFailure(settings, settings.tenantId(), part.messageId(), part.chatId(),
                    part.partsSent());
        }
        String detail = error.path("error_data").path("details").asString(error.path("title").asString("failed"));
        return deliveries.finish(settings.tenantId(), part.messageId(), DeliveryStatus.FAILED, code, detail);
    }

    private static Instant sentAt(JsonNode message, Instant fallback) {
        try {
            return Instant.ofEpochSecond(Long.parseLong(message.path("timestamp").asString("")));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static Mono<Void> failed(AtomicInteger failures, String what, Throwable error) {
        failures.incrementAndGet();
        log.warn("A WhatsApp {} could not be processed now; Meta will deliver it again: {}", what, error.toString());
        return Mono.empty();
    }

    /** Part of a payload could not be processed now; Meta should deliver it again. */
    static final class Incomplete extends RuntimeException {
        Incomplete(int failures) {
            super(failures + " item(s) could not be processed", null, false, false);
        }
    }
}
