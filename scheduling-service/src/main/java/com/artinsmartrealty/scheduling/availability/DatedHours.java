package com.artinsmartrealty.scheduling.availability;

import java.time.LocalDateTime;

/**
 * A dated change to the weekly hours, in the tenant's local time: time off or extra hours.
 *
 * @param note a short remark for the agency's staff; never shown to leads
 */
public record DatedHours(LocalDateTime start, LocalDateTime end, String note) {
}
