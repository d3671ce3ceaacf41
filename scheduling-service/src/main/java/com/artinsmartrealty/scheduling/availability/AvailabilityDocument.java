package com.artinsmartrealty.scheduling.availability;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/**
 * An agent's availability on the wire ({@code GET|PUT /api/agents/{id}/availability}). Times are local to
 * the tenant's {@code timeZone}, to the minute ({@code 09:00}, {@code 2030-02-01T00:00});
 * {@code agentId} and {@code timeZone} are ignored in a PUT.
 */
record AvailabilityDocument(UUID agentId, String timeZone, List<Weekly> weekly, List<Dated> timeOff,
                            List<Dated> extraHours, Integer dailyLimit) {

    private static final String TIME = "HH:mm";
    private static final String DATE_TIME = "yyyy-MM-dd'T'HH:mm";

    /** Weekly hours: {@code {"day": "SUNDAY", "start": "09:00", "end": "13:00"}}. */
    record Weekly(DayOfWeek day, @JsonFormat(pattern = TIME) LocalTime start,
                  @JsonFormat(pattern = TIME) LocalTime end) {
    }

    /** Time off or extra hours: {@code {"start": "2030-02-01T00:00", "end": "2030-02-08T00:00", "note": "..."}}. */
    record Dated(@JsonFormat(pattern = DATE_TIME) LocalDateTime start,
                 @JsonFormat(pattern = DATE_TIME) LocalDateTime end, String note) {
    }

    static AvailabilityDocument of(UUID agentId, String timeZone, Availability availability) {
        return new AvailabilityDocument(agentId, timeZone,
                availability.weekly().stream()
                        .map(hours -> new Weekly(hours.day(), hours.start(), hours.end())).toList(),
                dated(availability.timeOff()), dated(availability.extraHours()), availability.dailyLimit());
    }

    Availability toAvailability() {
        return new Availability(
                weekly == null ? null : weekly.stream()
                        .map(hours -> hours == null ? null : new WeeklyHours(hours.day(), hours.start(), hours.end()))
                        .toList(),
                hours(timeOff), hours(extraHours), dailyLimit);
    }

    private static List<Dated> dated(List<DatedHours> hours) {
        return hours.stream().map(dated -> new Dated(dated.start(), dated.end(), dated.note())).toList();
    }

    private static List<DatedHours> hours(List<Dated> dated) {
        return dated == null ? null : dated.stream()
                .map(hours -> hours == null ? null : new DatedHours(hours.start(), hours.end(), hours.note()))
                .toList();
    }
}
