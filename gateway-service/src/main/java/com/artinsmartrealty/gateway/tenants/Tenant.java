package com.artinsmartrealty.gateway.tenants;

import java.util.UUID;

/** An agency on the platform, as the gateway routes to it. */
public record Tenant(UUID id, String slug, String name, String status, String timeZone) {

    public boolean active() {
        return "active".equals(status);
    }
}
