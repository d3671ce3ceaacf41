package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One user turn filled or corrected slots. Carries the whole profile after the turn, so a consumer
 * that sees facts out of order keeps the one with the highest {@code revision}.
 *
 * @param revision the conversation's revision after the turn; grows with every turn
 */
public record LeadSlotsFilled(UUID leadId, long revision, Set<Slot> filled, LeadProfile profile)
        implements EventPayload {

    public LeadSlotsFilled {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(profile, "profile");
        if (filled == null || filled.isEmpty()) {
            throw new IllegalArgumentException("filled must name at least one slot");
        }
        // In slot order, so that the wire form is stable.
        filled = Collections.unmodifiableSet(EnumSet.copyOf(filled));
    }
}
