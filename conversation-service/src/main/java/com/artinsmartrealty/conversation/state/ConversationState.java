package com.artinsmartrealty.conversation.state;

import java.util.List;

/**
 * A conversation as the state machine sees it. Changed only by {@link #evolve}, so folding the
 * conversation's events from {@link #initial()} gives the same state.
 *
 * @param language BCP 47 tag of the language the bot speaks in this chat
 * @param source   the deep-link payload the conversation started with, or null
 */
public record ConversationState(Stage stage, String language, String source) {

    public static ConversationState initial() {
        return new ConversationState(new Stage.Start(), "en", null);
    }

    public ConversationState evolve(ConversationEvent event) {
        return switch (event) {
            case ConversationEvent.ConversationStarted started ->
                    new ConversationState(stage, started.language(), started.source());
            case ConversationEvent.StageEntered entered -> new ConversationState(entered.stage(), language, source);
            case ConversationEvent.LanguageSet set -> new ConversationState(stage, set.language(), source);
        };
    }

    /** The state the events lead to from the initial state. */
    public static ConversationState replay(List<ConversationEvent> events) {
        ConversationState state = initial();
        for (ConversationEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }
}
