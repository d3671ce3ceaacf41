package com.artinsmartrealty.contracts.api.scheduling;

import java.time.Instant;
import java.util.List;

/** Slots held for one chat until {@code heldUntil}. */
public record SlotOffer(List<OpenSlot> items, Instant heldUntil) {

    public SlotOffer {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
