package com.artinsmartrealty.scheduling.roster;

import java.util.UUID;

/**
 * A user of the tenant as gateway-service announced them.
 *
 * @param role       {@code agent} or {@code tenant_admin}
 * @param dailyLimit the agent's own cap on viewings a day, or null for the service's default
 */
public record Agent(UUID id, String displayName, String role, boolean active, Integer dailyLimit) {

    public static final String AGENT_ROLE = "agent";

    /** Only active agents take viewings. */
    public boolean bookable() {
        return active && AGENT_ROLE.equals(role);
    }
}
