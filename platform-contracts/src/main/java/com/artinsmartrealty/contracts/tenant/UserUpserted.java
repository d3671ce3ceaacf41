package com.artinsmartrealty.contracts.tenant;

import com.artinsmartrealty.contracts.EventPayload;
import java.util.Objects;
import java.util.UUID;

/**
 * A tenant's user was created or changed. Services that keep an agent roster (assignment,
 * availability) follow these. No e-mail or other contact data travels here.
 *
 * @param role {@code tenant_admin} or {@code agent}
 */
public record UserUpserted(UUID userId, String role, String displayName, boolean active) implements EventPayload {

    public UserUpserted {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(displayName, "displayName");
    }
}
