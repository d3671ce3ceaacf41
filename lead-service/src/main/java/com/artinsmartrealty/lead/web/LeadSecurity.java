package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may call what: services the {@code /internal} API, the super admin only {@code /api/platform},
 * tenant admins and agents the dashboard API, with erasure, personal-data export, inventory changes
 * (listing photos included) and settings for admins only. Which leads an agent sees is decided per request ({@link Callers}).
 */
@Configuration(proxyBeanMethods = false)
class LeadSecurity {

    private static final String ADMIN = "TENANT_ADMIN";

    @Bean
    SecurityWebFilterChain leadFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers("/internal/**").hasRole("SERVICE")
                        .pathMatchers("/api/platform/**").hasRole("SUPER_ADMIN")
                        .pathMatchers(HttpMethod.DELETE, "/api/leads/*").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/leads/*/export").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/properties", "/api/properties/import").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.PUT, "/api/properties/*").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.DELETE, "/api/properties/*").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.POST, "/api/properties/*/photos").hasRole(ADMIN)
                        .pathMatchers(HttpMethod.DELETE, "/api/properties/*/photos/*").hasRole(ADMIN)
                        .pathMatchers("/api/lead-settings", "/api/lead-agents").hasRole(ADMIN)
                        .pathMatchers("/api/**").hasAnyRole(ADMIN, "AGENT")
                        .anyExchange().denyAll())
                .build();
    }
}
