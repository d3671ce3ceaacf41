package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A lead's personal data was erased on request. Every service that keeps a copy (conversation
 * transcripts, media, appointments, read models) purges it on this event.
 */
public record LeadErased(UUID leadId, Channel channel, String chatId) implements EventPayload {

    public LeadErased {
        Objects.requireNonNull(leadId, "leadId");
    }
}
