package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.ChatKey;
import java.util.UUID;

/**
 * Who a turn's calls to other services are for.
 *
 * @param leadId  the conversation's id, which is the lead's id everywhere
 * @param turnKey what makes the turn unique (the channel message id); calls that must not happen twice
 *                (a booking) derive their idempotency key from it
 */
public record CallScope(ChatKey chat, UUID leadId, String turnKey) {
}
