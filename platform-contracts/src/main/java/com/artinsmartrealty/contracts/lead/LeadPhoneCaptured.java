package com.artinsmartrealty.contracts.lead;

import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.UUID;

/** The lead gave a valid phone number (E.164). */
public record LeadPhoneCaptured(UUID leadId, long revision, String phoneE164, Method method)
        implements EventPayload {

    public LeadPhoneCaptured {
        Objects.requireNonNull(leadId, "leadId");
        Objects.requireNonNull(phoneE164, "phoneE164");
        Objects.requireNonNull(method, "method");
        if (!phoneE164.matches("\\+[1-9][0-9]{6,14}")) {
            throw new IllegalArgumentException("phone must be E.164");
        }
    }

    /** How the number reached us. */
    public enum Method {
        @JsonProperty("typed") TYPED,
        @JsonProperty("sharedContact") SHARED_CONTACT,
        @JsonProperty("channelConfirmed") CHANNEL_CONFIRMED
    }
}
