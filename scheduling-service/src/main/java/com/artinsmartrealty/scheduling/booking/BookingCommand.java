package com.artinsmartrealty.scheduling.booking;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A request to book a viewing, from a chat (through the conversation service) or the dashboard.
 *
 * @param length the viewing's length, or null for the configured one
 * @param holder the chat the slot was held for, or null from the dashboard
 * @param chat   where reminders go, or null when there is no chat
 */
public record BookingCommand(UUID tenantId, UUID agentId, Instant start, Duration length, UUID leadId,
                             String idempotencyKey, String holder, LeadChat chat, String language) {
}
