package com.artinsmartrealty.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Hours an agent works every week on one day, in the tenant's local time. */
public record WeeklyHours(DayOfWeek day, LocalTime start, LocalTime end) {
}
