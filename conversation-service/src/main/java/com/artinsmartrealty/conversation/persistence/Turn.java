package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.conversation.state.ConversationEvent;
import java.util.List;

/**
 * One processed cause (a user's message or an agent's action): what arrived, the events it caused
 * and the records it published.
 */
public record Turn(long revision, String channelMessageId, InboundNote inbound, List<ConversationEvent> events,
                   List<OutboxRecord> outbox) {

    public Turn {
        events = List.copyOf(events);
        outbox = List.copyOf(outbox);
    }
}
