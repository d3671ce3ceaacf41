package com.artinsmartrealty.platform.security;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The caller of a request, as its verified token says.
 *
 * @param subject  the user id, or {@code service:<name>} for a service
 * @param tenantId the tenant the caller acts in; null only for the super admin
 */
public record PlatformPrincipal(String subject, UUID tenantId, Role role) {

    public PlatformPrincipal {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(role, "role");
        if (tenantId == null && role != Role.SUPER_ADMIN) {
            throw new IllegalArgumentException("only the super admin acts without a tenant");
        }
    }

    /** The user id, when the caller is a user. */
    public Optional<UUID> userId() {
        if (role == Role.SERVICE) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(subject));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
