package com.artinsmartrealty.contracts.api.scheduling;

import com.artinsmartrealty.contracts.Channel;
import java.time.Instant;
import java.util.UUID;

/**
 * {@code POST /api/appointments} (and {@code /internal/appointments}): book a viewing. Repeating a request
 * with the same {@code idempotencyKey} returns the same appointment.
 *
 * @param holder  the chat key that holds the slot, or null from the dashboard
 * @param channel the lead's channel for reminders, or null
 */
public record BookingRequest(UUID agentId, Instant start, UUID leadId, String idempotencyKey, String holder,
                             Channel channel, String chatId, String language) {
}
