package com.artinsmartrealty.contracts.api.scheduling;

import java.util.UUID;

/**
 * {@code POST /internal/slot-offers}: the next open slots for a lead, held for {@code holder} for a few
 * minutes so that two chats are not offered the last slot at once.
 *
 * @param agentId the lead's assigned agent, or null to spread across agents
 * @param holder  who the hold is for: the chat key
 */
public record SlotOfferRequest(UUID leadId, UUID agentId, String language, int limit, String holder) {
}
