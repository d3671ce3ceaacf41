package com.artinsmartrealty.conversation.state;

import java.time.Instant;
import java.util.UUID;

/** The viewing the user booked. */
public record BookedViewing(UUID appointmentId, UUID agentId, String agentName, Instant start, String label) {
}
