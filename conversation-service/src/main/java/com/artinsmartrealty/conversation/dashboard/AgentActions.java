package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Puts an agent's action on {@code chat.inbound.v1} under the chat's key, so the conversation applies it
 * in order with the user's own messages (never in the middle of a turn).
 */
@Component
class AgentActions {

    private final EventPublisher publisher;
    private final Clock clock;

    AgentActions(EventPublisher publisher, Clock clock) {
        this.publisher = publisher;
        this.clock = clock;
    }

    /** Completes when the broker has the action; the request's id makes applying it idempotent. */
    Mono<UUID> request(UUID tenantId, ChatKey chat, UUID conversationId, UUID agentId,
                       AgentActionRequested.Action action, String text) {
        UUID requestId = UUID.randomUUID();
        AgentActionRequested payload = new AgentActionRequested(requestId, conversationId, chat.channel(),
                chat.chatId(), agentId, action, text);
        EventEnvelope envelope = EventEnvelope.of(requestId, tenantId, clock.instant(), requestId.toString(), null,
                payload);
        return publisher.publish(Topics.CHAT_INBOUND, chat.value(), envelope).thenReturn(requestId);
    }
}
