package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.conversation.persistence.InboundNote;

/**
 * What started a turn: a user's message or an agent's action, as it arrived.
 *
 * @param turnKey     unique per cause within the chat: the channel message id, or {@code agent:<request id>}
 * @param displayName the user's name as the channel shows it, or null
 * @param note        what the transcript shows for it
 */
public record TurnCause(EventEnvelope envelope, ChatKey chat, String turnKey, String displayName,
                        InboundNote note) {

    static final String AGENT_PREFIX = "agent:";

    public static TurnCause of(EventEnvelope envelope, ChatMessageReceived message) {
        return new TurnCause(envelope, new ChatKey(envelope.tenantId(), message.channel(), message.chatId()),
                message.channelMessageId(), message.sender().displayName(), InboundNote.of(message));
    }

    public static TurnCause of(EventEnvelope envelope, AgentActionRequested action) {
        return new TurnCause(envelope, new ChatKey(envelope.tenantId(), action.channel(), action.chatId()),
                AGENT_PREFIX + action.requestId(), null, InboundNote.of(action));
    }
}
