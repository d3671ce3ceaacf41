package com.artinsmartrealty.gateway.inbound;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Puts what a user wrote on {@code chat.inbound.v1}, keyed by the chat so its order is kept. */
@Component
public class InboundPublisher {

    private final EventPublisher publisher;
    private final Clock clock;

    InboundPublisher(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Completes when the broker has the record. */
    public Mono<EventEnvelope> publish(UUID tenantId, ChatMessageReceived message) {
        UUID eventId = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.of(eventId, tenantId, clock.instant(), eventId.toString(), null,
                message);
        ChatKey key = new ChatKey(tenantId, message.channel(), message.chatId());
        return publisher.publish(Topics.CHAT_INBOUND, key.value(), envelope).thenReturn(envelope);
    }
}
