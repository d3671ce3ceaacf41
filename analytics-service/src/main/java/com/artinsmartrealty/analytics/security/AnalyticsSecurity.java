package com.artinsmartrealty.analytics.security;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import com.artinsmartrealty.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may read what: MRR and rebuilds are the platform owner's; costs the platform owner's and
 * agency admins'; the other reports and the live stream belong to an agency's staff.
 */
@Configuration(proxyBeanMethods = false)
class AnalyticsSecurity {

    @Bean
    SecurityWebFilterChain analyticsFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        String superAdmin = Role.SUPER_ADMIN.name();
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/analytics/mrr").hasRole(superAdmin)
                        .pathMatchers("/api/analytics/rebuild").hasRole(superAdmin)
                        .pathMatchers(HttpMethod.GET, "/api/analytics/costs")
                        .hasAnyRole(superAdmin, Role.TENANT_ADMIN.name())
                        .pathMatchers(HttpMethod.GET, "/api/analytics/**")
                        .hasAnyRole(Role.TENANT_ADMIN.name(), Role.AGENT.name())
                        .anyExchange().denyAll())
                .build();
    }
}
