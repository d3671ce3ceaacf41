package com.artinsmartrealty.gateway.tenants;

import java.util.List;
import java.util.UUID;

/**
 * Where a tenant's website chat may be embedded.
 *
 * @param allowedOrigins origins or origin patterns ({@code https://*.agency.example}, {@code *} for any);
 *                       empty means no browser origin at all
 */
public record WebChatSettings(UUID tenantId, List<String> allowedOrigins) {

    public WebChatSettings {
        allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
    }
}
