package com.artinsmartrealty.gateway.users;

import com.artinsmartrealty.platform.security.Role;
import java.time.Instant;
import java.util.UUID;

/** A person who signs in to the dashboard. The password hash never leaves the users package. */
public record User(UUID id, UUID tenantId, String email, Role role, String displayName, boolean active,
                   Instant createdAt, Instant updatedAt) {
}
