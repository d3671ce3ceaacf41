package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.slots.Slot;
import java.time.ZoneId;
import java.util.List;

/** How a booking or a move ended. */
public sealed interface BookingOutcome {

    /**
     * The viewing is booked (or moved).
     *
     * @param replayed true when an earlier request with the same idempotency key had booked it already
     */
    record Booked(Appointment appointment, String agentName, boolean replayed) implements BookingOutcome {
    }

    /** The time was taken, held for another chat or over the agent's daily limit: try one of these. */
    record Taken(String detail, List<Slot> alternatives, ZoneId zone) implements BookingOutcome {
    }

    /** The request cannot be booked as asked. */
    record Rejected(Rejection rejection) implements BookingOutcome {
    }
}
