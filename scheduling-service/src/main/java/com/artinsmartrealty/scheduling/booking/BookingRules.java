package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/** Whether a requested time may be booked at all, before looking at what is already booked. */
public final class BookingRules {

    private final SlotPolicy policy;

    public BookingRules(SlotPolicy policy) {
        this.policy = policy;
    }

    /** The viewing's length: the requested one, or the policy's. */
    public Optional<Rejection> checkDuration(Duration requested) {
        if (requested != null && (requested.compareTo(SlotPolicy.SHORTEST) < 0
                || requested.compareTo(SlotPolicy.LONGEST) > 0)) {
            return Optional.of(new Rejection(Rejection.Reason.INVALID_DURATION, "A viewing lasts between "
                    + SlotPolicy.SHORTEST.toMinutes() + " and " + SlotPolicy.LONGEST.toMinutes() + " minutes."));
        }
        return Optional.empty();
    }

    public Optional<Rejection> check(Interval requested, Availability availability, ZoneId zone, Instant now) {
        if (!requested.start().isAfter(now)) {
            return Optional.of(new Rejection(Rejection.Reason.IN_THE_PAST, "The requested time has passed."));
        }
        if (requested.start().isAfter(now.plus(policy.horizon()))) {
            return Optional.of(new Rejection(Rejection.Reason.BEYOND_HORIZON, "Viewings can be booked up to "
                    + policy.horizon().toDays() + " days ahead."));
        }
        Interval around = new Interval(requested.start().minus(Duration.ofDays(1)),
                requested.end().plus(Duration.ofDays(1)));
        if (!availability.windows(around, zone).encloses(requested)) {
            return Optional.of(new Rejection(Rejection.Reason.OUTSIDE_AVAILABILITY,
                    "The agent is not available for the whole of the requested time."));
        }
        return Optional.empty();
    }
}
