package com.artinsmartrealty.scheduling.reminders;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** When a viewing's reminders are due, and whether one that came due should still go out. */
public final class ReminderPlan {

    /** When a reminder should be sent as "starts soon" rather than with its date. */
    public static final Duration SOON = Duration.ofHours(3);

    private final List<Duration> before;

    public ReminderPlan(List<Duration> before) {
        this.before = before.stream().distinct().sorted().toList();
    }

    /** The reminders of a viewing starting at {@code start}, booked or moved at {@code now}: those still ahead. */
    public List<PlannedReminder> plan(UUID appointmentId, Instant start, Instant now) {
        List<PlannedReminder> planned = new ArrayList<>();
        for (Duration offset : before) {
            Instant due = start.minus(offset);
            if (due.isAfter(now)) {
                int minutes = Math.toIntExact(offset.toMinutes());
                planned.add(new PlannedReminder(minutes, due, messageId(appointmentId, minutes, start)));
            }
        }
        return planned;
    }

    /**
     * Whether a due reminder goes out: not for a viewing no longer open or already started, and not when a
     * later reminder of the same viewing is due as well (after an outage only the latest one is sent).
     */
    public boolean shouldSend(int minutesBefore, Instant start, boolean open, Instant now) {
        if (!open || !now.isBefore(start)) {
            return false;
        }
        return before.stream()
                .filter(offset -> offset.toMinutes() < minutesBefore)
                .noneMatch(later -> !start.minus(later).isAfter(now));
    }

    static UUID messageId(UUID appointmentId, int minutesBefore, Instant start) {
        String name = "reminder:" + appointmentId + ":" + minutesBefore + ":" + start.getEpochSecond();
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }
}
