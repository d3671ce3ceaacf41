package com.artinsmartrealty.gateway.outbound;

import java.time.Duration;

/**
 * A sending rate: one message per {@code interval} on average, with bursts of up to {@code burst}
 * messages at once.
 */
public record Pace(Duration interval, int burst) {

    public Pace {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("interval must be positive");
        }
        burst = Math.max(1, burst);
    }

    /** {@code perSecond} messages a second with bursts of as many. */
    public static Pace perSecond(int perSecond) {
        return new Pace(Duration.ofNanos(1_000_000_000L / perSecond), perSecond);
    }
}
