package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import java.util.List;

/**
 * Everything one turn decided, across the calls it made: the state after it, its events in order and
 * its replies in order.
 */
public record TurnOutcome(ConversationState state, List<ConversationEvent> events, List<Effect.SendReply> replies,
                          int calls) {

    public TurnOutcome {
        events = List.copyOf(events);
        replies = List.copyOf(replies);
    }
}
