package com.artinsmartrealty.scheduling.web;

import com.artinsmartrealty.platform.security.CurrentPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Who is calling, from the verified token: the tenant, the role and, for staff, the user id. Agents act
 * on their own availability and appointments; tenant admins on the whole tenant's.
 */
public record Caller(UUID tenantId, Role role, UUID userId) {

    /** The caller; 403 for a token without a tenant, or an agent's token that names no user. */
    public static Mono<Caller> current() {
        return CurrentPrincipal.get().flatMap(principal -> {
            if (principal.tenantId() == null) {
                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "a tenant-scoped token is required"));
            }
            UUID userId = principal.userId().orElse(null);
            if (principal.role() == Role.AGENT && userId == null) {
                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "an agent's token must name the agent"));
            }
            return Mono.just(new Caller(principal.tenantId(), principal.role(), userId));
        });
    }

    public boolean isAdmin() {
        return role == Role.TENANT_ADMIN;
    }

    /** The only agent an agent may see, or empty for an admin (or a service), who may see every agent. */
    public Optional<UUID> ownAgent() {
        return role == Role.AGENT ? Optional.ofNullable(userId) : Optional.empty();
    }

    /** True when the caller may see or change the agent's calendar. */
    public boolean mayAccess(UUID agentId) {
        return ownAgent().map(own -> own.equals(agentId)).orElse(true);
    }
}
