package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.lead.leads.Access;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** What the verified caller of a request may see. */
public final class Callers {

    private Callers() {
    }

    /**
     * The caller's access to its tenant's leads: an agent sees the leads assigned to them, an
     * administrator or a service the whole tenant's. The super admin has no tenant here (403).
     */
    public static Mono<Access> access() {
        return CurrentPrincipal.get().flatMap(principal -> {
            if (principal.tenantId() == null) {
                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                        "tenant data is reached through /api/platform endpoints"));
            }
            return Mono.just(of(principal));
        });
    }

    /** The caller, who must be the tenant's administrator. */
    public static Mono<Access> admin() {
        return CurrentPrincipal.get().flatMap(principal -> principal.role() == Role.TENANT_ADMIN
                ? Mono.just(of(principal))
                : Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "only a tenant admin may do this")));
    }

    static Access of(PlatformPrincipal principal) {
        var user = principal.userId().orElse(null);
        return new Access(principal.tenantId(), user, principal.role() == Role.AGENT ? user : null);
    }
}
