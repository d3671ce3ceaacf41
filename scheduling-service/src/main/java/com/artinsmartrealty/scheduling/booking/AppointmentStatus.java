package com.artinsmartrealty.scheduling.booking;

/**
 * Where a viewing stands. BOOKED, CONFIRMED and RESCHEDULED are open: the time is the agent's and the
 * lead's, and can still change. COMPLETED, NO_SHOW and CANCELLED are final.
 */
public enum AppointmentStatus {
    BOOKED,
    CONFIRMED,
    /** Moved to another time; open like BOOKED, and may be confirmed again. */
    RESCHEDULED,
    COMPLETED,
    NO_SHOW,
    CANCELLED;

    public boolean isOpen() {
        return this == BOOKED || this == CONFIRMED || this == RESCHEDULED;
    }
}
