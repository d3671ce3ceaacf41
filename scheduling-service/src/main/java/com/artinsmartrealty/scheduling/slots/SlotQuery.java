package com.artinsmartrealty.scheduling.slots;

import java.time.Instant;
import java.time.ZoneId;

/**
 * What slots to find.
 *
 * @param from             no slot starts earlier
 * @param now              the current time: minimum notice and horizon count from it
 * @param oneAgentPerStart when several agents are free at the same time, offer the least busy one only
 * @param maxPerDay        slots of one day at most, 0 for no cap
 */
public record SlotQuery(Instant from, Instant now, ZoneId zone, int limit, boolean oneAgentPerStart, int maxPerDay) {
}
