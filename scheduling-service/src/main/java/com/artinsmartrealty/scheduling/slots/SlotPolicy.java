package com.artinsmartrealty.scheduling.slots;

import java.time.Duration;

/**
 * How viewings are laid out: their length, how far apart offered starts are, the buffer an agent keeps
 * after each viewing, how soon and how far ahead slots are offered, and how many a day.
 */
public record SlotPolicy(Duration length, Duration step, Duration buffer, Duration minimumNotice, Duration horizon,
                         int defaultDailyLimit, int offerMaxPerDay) {

    /** The shortest and longest viewing a booking may ask for. */
    public static final Duration SHORTEST = Duration.ofMinutes(15);
    public static final Duration LONGEST = Duration.ofHours(4);

    public SlotPolicy {
        if (length.isNegative() || length.isZero() || step.isNegative() || step.isZero() || buffer.isNegative()) {
            throw new IllegalArgumentException("length and step must be positive, the buffer not negative");
        }
    }

    /** Until when a viewing ending at {@code end} keeps its agent from other viewings: the end plus the buffer. */
    public java.time.Instant busyUntil(java.time.Instant end) {
        return end.plus(buffer);
    }
}
