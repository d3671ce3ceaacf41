package com.artinsmartrealty.platform.security;

import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;

/** What every service's security chain has in common: bearer tokens, no sessions, problem responses. */
public final class PlatformSecurity {

    /** Actuator endpoints that probes and Prometheus reach without a token. */
    public static final String[] OPEN_ACTUATOR = {"/actuator/health/**", "/actuator/info", "/actuator/prometheus"};

    private PlatformSecurity() {
    }

    public static ServerHttpSecurity tokenAuthenticated(ServerHttpSecurity http, AccessTokens tokens) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(
                        org.springframework.security.web.server.savedrequest.NoOpServerRequestCache.getInstance()))
                .securityContextRepository(
                        org.springframework.security.web.server.context.NoOpServerSecurityContextRepository
                                .getInstance())
                .addFilterAt(JwtAuthentication.filter(tokens), SecurityWebFiltersOrder.AUTHENTICATION)
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(new ProblemAuthenticationEntryPoint())
                        .accessDeniedHandler(new ProblemAccessDeniedHandler()));
    }
}
