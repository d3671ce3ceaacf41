package com.artinsmartrealty.lead.leads;

import java.time.Instant;
import java.util.UUID;

/** A note a user left on a lead. */
public record Note(UUID id, UUID leadId, UUID authorId, String body, Instant createdAt) {

    public static final int MAX_LENGTH = 4_000;
}
