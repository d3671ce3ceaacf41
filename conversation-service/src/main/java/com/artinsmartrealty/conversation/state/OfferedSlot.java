package com.artinsmartrealty.conversation.state;

import java.time.Instant;
import java.util.UUID;

/** A viewing time offered to the user; {@code label} is in the user's language and calendar. */
public record OfferedSlot(UUID agentId, String agentName, Instant start, Instant end, String label) {
}
