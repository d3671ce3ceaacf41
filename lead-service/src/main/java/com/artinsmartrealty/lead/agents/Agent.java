package com.artinsmartrealty.lead.agents;

import java.util.UUID;

/**
 * A tenant's user as the roster knows them.
 *
 * @param role {@code agent} or {@code tenant_admin}; only active agents receive leads automatically
 */
public record Agent(UUID userId, String displayName, String role, boolean active) {

    public static final String AGENT = "agent";
    public static final String TENANT_ADMIN = "tenant_admin";

    public boolean receivesLeads() {
        return active && AGENT.equals(role);
    }
}
