package com.artinsmartrealty.conversation.state;

import java.util.List;

/** The outcome of one decision: the events that happened and the effects they call for. */
public record Transition(List<ConversationEvent> events, List<Effect> effects) {

    public Transition {
        events = List.copyOf(events);
        effects = List.copyOf(effects);
    }

    public static Transition nothing() {
        return new Transition(List.of(), List.of());
    }
}
