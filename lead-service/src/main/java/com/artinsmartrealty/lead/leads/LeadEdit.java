package com.artinsmartrealty.lead.leads;

import java.util.UUID;

/**
 * What a user changes on a lead; null fields stay as they are.
 *
 * @param reason why the status changed, kept in the history
 * @param phone  E.164
 */
public record LeadEdit(LeadStatus status, String reason, UUID agentId, String displayName, String phone) {
}
