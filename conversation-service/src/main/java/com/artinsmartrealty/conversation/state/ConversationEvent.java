package com.artinsmartrealty.conversation.state;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** What happened in a conversation. Folding a conversation's events rebuilds its state. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ConversationEvent.ConversationStarted.class, name = "started"),
        @JsonSubTypes.Type(value = ConversationEvent.StageEntered.class, name = "stageEntered"),
        @JsonSubTypes.Type(value = ConversationEvent.LanguageSet.class, name = "languageSet")
})
public sealed interface ConversationEvent {

    /** The first message arrived; {@code source} is the deep-link payload, if any. */
    record ConversationStarted(String language, String source) implements ConversationEvent {
    }

    /** The conversation moved to another stage. */
    record StageEntered(Stage stage) implements ConversationEvent {
    }

    /** The conversation's language changed. */
    record LanguageSet(String language) implements ConversationEvent {
    }
}
