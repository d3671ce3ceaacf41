package com.artinsmartrealty.scheduling.reminders;

import java.time.Instant;
import java.util.UUID;

/**
 * A reminder to send before a viewing.
 *
 * @param messageId the outbound message's id, fixed by the appointment, the offset and the start: the
 *                  same reminder always carries the same id, a moved viewing's reminder a new one
 */
public record PlannedReminder(int minutesBefore, Instant dueAt, UUID messageId) {
}
