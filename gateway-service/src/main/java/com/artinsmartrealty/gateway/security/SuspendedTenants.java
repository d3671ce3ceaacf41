package com.artinsmartrealty.gateway.security;

import com.artinsmartrealty.gateway.tenants.Tenant;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.ReactiveSecurityContextHolder;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Tokens of a suspended (or deleted) agency's users stop working at once, not when they expire:
 * their {@code /api} calls answer 403.
 */
final class SuspendedTenants implements WebFilter {

    private final TenantDirectory directory;

    SuspendedTenants(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return ReactiveSecurityContextHolder.getContext()
                .mapNotNull(context -> context.getAuthentication())
                .mapNotNull(authentication -> authentication.getPrincipal() instanceof PlatformPrincipal principal
                        ? principal : null)
                .filter(principal -> principal.tenantId() != null)
                .flatMap(principal -> directory.byId(principal.tenantId()).map(Tenant::active).defaultIfEmpty(false))
                .defaultIfEmpty(true)
                .flatMap(active -> active ? chain.filter(exchange) : ProblemWriter.write(exchange,
                        HttpStatus.FORBIDDEN, "This agency's account is suspended."));
    }
}
