package com.artinsmartrealty.platform.security;

import java.util.UUID;

/**
 * The credential one service presents to another: a short-lived token with role {@code service},
 * scoped to the one tenant the call is for, so the callee applies the same tenant isolation it
 * applies to users.
 */
public final class ServiceCredentials {

    private final AccessTokens tokens;
    private final String serviceName;
    private final JwtProperties properties;

    public ServiceCredentials(AccessTokens tokens, String serviceName, JwtProperties properties) {
        this.tokens = tokens;
        this.serviceName = serviceName;
        this.properties = properties;
    }

    public String bearerTokenFor(UUID tenantId) {
        return tokens.issue(new PlatformPrincipal("service:" + serviceName, tenantId, Role.SERVICE),
                properties.serviceTokenTtl());
    }
}
