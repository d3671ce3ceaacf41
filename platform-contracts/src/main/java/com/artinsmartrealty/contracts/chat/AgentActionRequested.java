package com.artinsmartrealty.contracts.chat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/**
 * An agent acted on a chat from the dashboard: took it over, handed it back to the bot, or replied.
 * Published by the conversation service's API on {@code chat.inbound.v1} under the chat's key, so the
 * action is applied in order with the user's own messages.
 *
 * @param requestId      the dashboard request's id; processing the same request twice has one effect
 * @param conversationId the conversation (the lead's id)
 * @param text           the agent's reply, for {@link Action#REPLY} only
 */
public record AgentActionRequested(
        UUID requestId,
        UUID conversationId,
        Channel channel,
        String chatId,
        UUID agentId,
        Action action,
        String text) implements EventPayload {

    public AgentActionRequested {
        Objects.requireNonNull(requestId, "requestId");
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chatId, "chatId");
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(action, "action");
        if (action == Action.REPLY && (text == null || text.isBlank())) {
            throw new IllegalArgumentException("a reply needs text");
        }
        if (action != Action.REPLY && text != null) {
            throw new IllegalArgumentException("only a reply carries text");
        }
    }

    /** What the agent did. */
    public enum Action {
        /** The agent takes the chat over; the bot falls silent. */
        @JsonProperty("takeover") TAKEOVER,
        /** The agent hands the chat back; the bot resumes where it was. */
        @JsonProperty("handback") HANDBACK,
        /** The agent writes to the user. */
        @JsonProperty("reply") REPLY
    }
}
