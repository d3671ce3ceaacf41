package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.conversation.state.ConversationState;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as stored: its state, its revision (one per processed turn) and the channel ids of
 * its latest inbound messages, which make a redelivered message recognisable before anything is
 * decided. A message redelivered from further back is recognised when its turn is saved (the turns
 * are unique per message), and its first turn republished.
 */
public record StoredConversation(UUID id, ChatKey chat, ConversationState state, long revision,
                                 List<String> recentMessageIds, Instant updatedAt) {

    static final int REMEMBERED_MESSAGES = 8;

    public StoredConversation {
        recentMessageIds = List.copyOf(recentMessageIds);
    }

    /** A conversation that has not begun. Its id derives from the chat, so every service agrees on it. */
    public static StoredConversation fresh(ChatKey chat) {
        return new StoredConversation(idOf(chat), chat, ConversationState.initial(), 0, List.of(), null);
    }

    public static UUID idOf(ChatKey chat) {
        return UUID.nameUUIDFromBytes(("conversation:" + chat.value()).getBytes(StandardCharsets.UTF_8));
    }

    public boolean isNew() {
        return revision == 0;
    }

    public boolean hasProcessed(String channelMessageId) {
        return recentMessageIds.contains(channelMessageId);
    }

    /** The conversation after one more turn. */
    public StoredConversation advance(ConversationState next, String channelMessageId, Instant at) {
        List<String> recent = new ArrayList<>(recentMessageIds);
        recent.add(channelMessageId);
        if (recent.size() > REMEMBERED_MESSAGES) {
            recent = recent.subList(recent.size() - REMEMBERED_MESSAGES, recent.size());
        }
        return new StoredConversation(id, chat, next, revision + 1, recent, at);
    }
}
