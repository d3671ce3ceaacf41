package com.artinsmartrealty.lead.leads;

import java.util.UUID;

/**
 * What a caller may see of a tenant's leads: an agent only the leads assigned to them
 * ({@code onlyAgent}), an administrator or a service all of the tenant's.
 *
 * @param userId    the acting user, or null for a service
 * @param onlyAgent the agent whose leads alone are visible, or null for all of the tenant's
 */
public record Access(UUID tenantId, UUID userId, UUID onlyAgent) {

    public boolean sees(Lead lead) {
        return onlyAgent == null || onlyAgent.equals(lead.assignedAgentId());
    }
}
