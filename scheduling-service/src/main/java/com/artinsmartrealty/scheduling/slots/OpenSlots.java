package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.contracts.api.scheduling.OpenSlot;
import com.artinsmartrealty.scheduling.i18n.DateLabels;
import java.time.ZoneId;
import java.util.List;
import org.springframework.stereotype.Component;

/** Slots as callers see them: with the agent's name and a label in the reader's language. */
@Component
public class OpenSlots {

    private final DateLabels labels;

    OpenSlots(DateLabels labels) {
        this.labels = labels;
    }

    public List<OpenSlot> of(List<Slot> slots, ZoneId zone, String language) {
        return slots.stream()
                .map(slot -> new OpenSlot(slot.agentId(), slot.agentName(), slot.time().start(), slot.time().end(),
                        labels.dayAndTime(slot.time().start(), zone, language)))
                .toList();
    }
}
