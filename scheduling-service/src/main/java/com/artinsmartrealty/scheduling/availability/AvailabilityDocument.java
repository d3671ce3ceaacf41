package com.artinsmartrealty.scheduling.availability;

import java.util.List;
import java.util.UUID;

/**
 * An agent's availability on the wire ({@code GET|PUT /api/agents/{id}/availability}). Times are local to
 * the tenant's {@code timeZone}; {@code agentId} and {@code timeZone} are ignored in a PUT.
 */
record AvailabilityDocument(UUID agentId, String timeZone, List<WeeklyHours> weekly, List<DatedHours> timeOff,
                            List<DatedHours> extraHours, Integer dailyLimit) {

    static AvailabilityDocument of(UUID agentId, String timeZone, Availability availability) {
        return new AvailabilityDocument(agentId, timeZone, availability.weekly(), availability.timeOff(),
                availability.extraHours(), availability.dailyLimit());
    }

    Availability toAvailability() {
        return new Availability(weekly, timeOff, extraHours, dailyLimit);
    }
}
