package com.artinsmartrealty.conversation.state;

import java.util.List;

/** What the engine must do after a decision. */
public sealed interface Effect {

    /**
     * Send the user a message in the conversation's language.
     *
     * @param textKey the message key in the bundles
     * @param args    the message's arguments
     */
    record SendReply(String textKey, List<Object> args, List<Choice> choices) implements Effect {
        public SendReply {
            args = List.copyOf(args);
            choices = List.copyOf(choices);
        }
    }
}
