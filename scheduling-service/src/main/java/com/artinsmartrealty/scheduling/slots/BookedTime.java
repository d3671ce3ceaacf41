package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Instant;

/** Time an agent already gave away: a live appointment from its start until its buffer ends. */
public record BookedTime(Instant start, Instant busyUntil) {

    public Interval blocked() {
        return new Interval(start, busyUntil);
    }
}
