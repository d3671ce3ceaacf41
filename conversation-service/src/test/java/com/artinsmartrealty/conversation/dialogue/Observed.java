package com.artinsmartrealty.conversation.dialogue;

import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What one turn of a dialogue did, as far as a user and the other services can tell: the replies, the
 * calls made, and the conversation's events and state after it.
 */
public record Observed(List<Reply> replies, List<String> calls, List<ConversationEvent> events,
                       ConversationState state) {

    /** A reply as the user sees it. */
    /**
     * A reply as the user sees it.
     *
     * @param botWords some of its text comes from the bot's own bundles (not only an AI answer or an agent)
     */
    public record Reply(String author, String language, String text, List<String> buttons,
                        List<String> buttonLabels, List<String> attachments, boolean requestContact,
                        boolean botWords) {
    }

    String transcript() {
        return replies.stream()
                .map(reply -> "  [" + reply.author() + "] " + reply.text().replace("\n", "\n    ")
                        + (reply.buttons().isEmpty() ? "" : "\n    buttons " + reply.buttons() + " "
                        + reply.buttonLabels())
                        + (reply.attachments().isEmpty() ? "" : "\n    attachments " + reply.attachments()))
                .collect(Collectors.joining("\n"));
    }
}
