package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** The conversation switched language (detected or chosen with /language). */
public record LeadLanguageChanged(UUID leadId, long revision, String language) implements EventPayload {

    public LeadLanguageChanged {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(language, "language");
    }
}
