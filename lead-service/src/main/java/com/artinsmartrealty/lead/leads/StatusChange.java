package com.artinsmartrealty.lead.leads;

import java.time.Instant;
import java.util.UUID;

/**
 * One move in a lead's lifecycle.
 *
 * @param changedBy the user who made it, or null when the platform did
 * @param cause     {@code user}, {@code conversation} or {@code appointment}
 */
public record StatusChange(UUID leadId, LeadStatus from, LeadStatus to, UUID changedBy, String cause,
                           String reason, Instant at) {

    public static final String BY_USER = "user";
    public static final String BY_CONVERSATION = "conversation";
    public static final String BY_APPOINTMENT = "appointment";
}
