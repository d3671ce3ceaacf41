package com.artinsmartrealty.platform.security;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/** The verified caller of the current request, from the reactive security context. */
public final class CurrentPrincipal {

    private CurrentPrincipal() {
    }

    public static Mono<PlatformPrincipal> get() {
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .map(authentication -> authentication.getPrincipal())
                .ofType(PlatformPrincipal.class)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.UNAUTHORIZED)));
    }

    /**
     * The tenant of the current caller. The super admin has none and gets 403 here: tenant data is
     * reached only through explicit platform endpoints.
     */
    public static Mono<UUID> tenantId() {
        return get().flatMap(principal -> principal.tenantId() == null
                ? Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN, "a tenant-scoped token is required"))
                : Mono.just(principal.tenantId()));
    }
}
