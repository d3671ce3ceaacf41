package com.artinsmartrealty.gateway.outbound;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.platform.messaging.ConsumedRecord;
import com.artinsmartrealty.platform.messaging.NonRetryableException;
import com.artinsmartrealty.platform.messaging.RecordConsumers;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Consumes {@code chat.outbound.v1} (binding {@code outbound-in-0}) and hands each reply to its
 * channel's sender, in order per chat; one chat waiting on its channel (pacing, a 429's
 * {@code retry_after}, backoff) does not hold back other chats.
 *
 * <p>Idempotent by the reply's message id: a message already finished is not sent again, and a retry
 * resumes after the parts the channel already accepted. Transient errors are retried with
 * exponential backoff; a blocked chat is marked unreachable and nothing more is sent to it; after the
 * last attempt (or a refusal) the delivery is marked dead-lettered and the record goes to
 * {@code chat.outbound.v1.dlt} with the reason. Nothing is lost silently.
 */
@Configuration(proxyBeanMethods = false)
class OutboundDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);

    private final EventCodec codec;
    private final DeliveryStore deliveries;
    private final Reachability reachability;
    private final OutboundProperties properties;
    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    OutboundDelivery(EventCodec codec, DeliveryStore deliveries, Reachability reachability,
                     OutboundProperties properties, List<ChannelSender> senders) {
        this.codec = codec;
        this.deliveries = deliveries;
        this.reachability = reachability;
        this.properties = properties;
        senders.forEach(sender -> this.senders.put(sender.channel(), sender));
    }

    @Bean
    Consumer<Message<byte[]>> outbound(RecordConsumers consumers) {
        return consumers.ordered("gateway-outbound", this::deliver);
    }

    Mono<Void> deliver(ConsumedRecord record) {
        EventEnvelope envelope = codec.decode(Topics.CHAT_OUTBOUND, record.value());
        ReplyComposed reply = envelope.payloadAs(ReplyComposed.class);
        ChannelSender sender = senders.get(reply.channel());
        if (sender == null) {
            return Mono.error(new NonRetryableException("no sender for channel " + reply.channel().wireName()));
        }
        UUID tenantId = envelope.tenantId();
        return deliveries.begin(tenantId, reply).flatMap(state -> {
            if (state.status().terminal()) {
                log.info("Reply {} was already {}; not sent again", reply.messageId(), state.status().column());
                return Mono.empty();
            }
            return reachability.unreachable(tenantId, reply.channel(), reply.chatId()).flatMap(unreachable -> {
                if (unreachable) {
                    log.info("Reply {} not sent: the chat is unreachable", reply.messageId());
                    return deliveries.finish(tenantId, reply.messageId(), DeliveryStatus.UNREACHABLE, null,
                            "the user blocked the bot");
                }
                return send(sender, new Delivery(tenantId, reply, deliveries, state.partsSent()));
            });
        });
    }

    private Mono<Void> send(ChannelSender sender, Delivery delivery) {
        UUID tenantId = delivery.tenantId();
        ReplyComposed reply = delivery.reply();
        return Mono.defer(() -> deliveries.attempted(tenantId, reply.messageId()).then(sender.send(delivery)))
                .retryWhen(retryPolicy())
                .flatMap(outcome -> deliveries.finish(tenantId, reply.messageId(), outcome == Outcome.TEMPLATE_SENT
                        ? DeliveryStatus.TEMPLATE_SENT : DeliveryStatus.SENT, null, null))
                .onErrorResume(error -> {
                    DeliveryFailure failure = error instanceof DeliveryFailure known ? known
                            : DeliveryFailure.transientError(null, error.getClass().getSimpleName() + ": "
                            + error.getMessage(), error);
                    if (failure.kind() == DeliveryFailure.Kind.BLOCKED) {
                        log.info("Reply {} not delivered: the user blocked the bot", reply.messageId());
                        return reachability.markUnreachable(tenantId, reply.channel(), reply.chatId(),
                                        "blocked (" + failure.code() + ")")
                                .then(deliveries.finish(tenantId, reply.messageId(), DeliveryStatus.BLOCKED,
                                        failure.code(), failure.getMessage()));
                    }
                    return deliveries.finish(tenantId, reply.messageId(), DeliveryStatus.DEAD_LETTERED, failure.code(),
                                    failure.getMessage())
                            .then(Mono.error(new NonRetryableException("delivery on " + reply.channel().wireName()
                                    + " failed (" + failure.kind() + " " + failure.code() + "): "
                                    + failure.getMessage(), failure)));
                });
    }

    /**
     * Transient errors: exponential backoff with jitter, {@code attempts} tries in all. A channel's
     * {@code retry_after}: exactly that wait, up to {@code maxRetryAfter} and {@code maxRetryAfterWaits}
     * times, not counted against the attempts. Everything else: no retry.
     */
    private Retry retryPolicy() {
        AtomicInteger transientRetries = new AtomicInteger();
        AtomicInteger waits = new AtomicInteger();
        return Retry.from(signals -> signals.concatMap(signal -> {
            Throwable error = signal.failure();
            DeliveryFailure failure = error instanceof DeliveryFailure known ? known : null;
            DeliveryFailure.Kind kind = failure == null ? DeliveryFailure.Kind.TRANSIENT : failure.kind();
            return switch (kind) {
                case RETRY_AFTER -> {
                    Duration wait = failure.retryAfter();
                    if (wait.compareTo(properties.maxRetryAfter()) > 0
                            || waits.incrementAndGet() > properties.maxRetryAfterWaits()) {
                        yield Mono.error(DeliveryFailure.rejected(failure.code(), "the channel asked to wait "
                                + wait.toSeconds() + " s, beyond what this message may wait: " + failure.getMessage()));
                    }
                    log.info("Channel asked to wait {} s before the next try", wait.toSeconds());
                    yield Mono.delay(wait);
                }
                case TRANSIENT -> {
                    int retry = transientRetries.incrementAndGet();
                    if (retry >= properties.attempts()) {
                        yield Mono.error(error);
                    }
                    log.warn("Delivery attempt {} failed, retrying: {}", retry, error.getMessage());
                    yield Mono.delay(backoff(retry));
                }
                case BLOCKED, REJECTED -> Mono.error(error);
            };
        }));
    }

    private Duration backoff(int retry) {
        long base = properties.firstBackoff().toMillis() << Math.min(20, retry - 1);
        long capped = Math.min(base, properties.maxBackoff().toMillis());
        long jitter = ThreadLocalRandom.current().nextLong(capped / 4 + 1);
        return Duration.ofMillis(capped - capped / 8 + jitter);
    }
}
