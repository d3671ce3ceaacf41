package com.artinsmartrealty.scheduling.calendar;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

/**
 * One event for a calendar file.
 *
 * @param id       stays the same for the event's whole life (the file's UID derives from it)
 * @param sequence the revision: grows with every change a calendar app must pick up
 */
public record CalendarEntry(UUID id, Instant start, Instant end, ZoneId zone, boolean cancelled, int sequence,
                            Instant created, Instant lastModified, String summary) {
}
