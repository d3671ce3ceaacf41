package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/** A voice note from the lead was transcribed. */
public record LeadVoiceTranscribed(UUID leadId, long revision, String transcript, String language)
        implements EventPayload {

    public LeadVoiceTranscribed {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(transcript, "transcript");
    }
}
