package com.artinsmartrealty.contracts.api.scheduling;

import java.time.Instant;
import java.util.UUID;

/**
 * A bookable viewing slot.
 *
 * @param label the slot as the user reads it, in the requested language and calendar (Solar Hijri with
 *              Persian digits for {@code fa}, Arabic-Indic digits for {@code ar})
 */
public record OpenSlot(UUID agentId, String agentName, Instant start, Instant end, String label) {
}
