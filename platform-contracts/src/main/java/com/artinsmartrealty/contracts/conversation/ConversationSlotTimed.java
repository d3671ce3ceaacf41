package com.artinsmartrealty.contracts.conversation;

import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.lead.Slot;
import java.util.Objects;
import java.util.UUID;

/** How long a slot took to fill, from the moment the bot asked for it. */
public record ConversationSlotTimed(UUID conversationId, Slot slot, long elapsedMillis) implements EventPayload {

    public ConversationSlotTimed {
        Objects.requireNonNull(conversationId, "conversationId");
        Objects.requireNonNull(slot, "slot");
        if (elapsedMillis < 0) {
            throw new IllegalArgumentException("elapsedMillis must not be negative");
        }
    }
}
