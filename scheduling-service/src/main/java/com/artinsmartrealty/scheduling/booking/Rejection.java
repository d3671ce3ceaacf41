package com.artinsmartrealty.scheduling.booking;

/**
 * Why a booking or a move cannot be accepted as asked (answered 422, the reason code in the problem's
 * {@code reason}); a time that is merely taken is a conflict instead, answered with alternatives.
 */
public record Rejection(Reason reason, String detail) {

    /** Reason codes callers can act on; the wire form is the lower-case name. */
    public enum Reason {
        UNKNOWN_AGENT,
        IN_THE_PAST,
        BEYOND_HORIZON,
        OUTSIDE_AVAILABILITY,
        INVALID_DURATION,
        IDEMPOTENCY_KEY_REUSED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
