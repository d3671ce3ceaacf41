package com.artinsmartrealty.scheduling.web;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import com.artinsmartrealty.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * {@code /internal/**} is for other platform services (role {@code service}); {@code /api/**} for the
 * agency's staff (tenant admins and agents), who are further limited per agent in the handlers.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingSecurity {

    @Bean
    SecurityWebFilterChain schedulingFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers("/internal/**").hasRole(Role.SERVICE.name())
                        .pathMatchers("/api/**").hasAnyRole(Role.TENANT_ADMIN.name(), Role.AGENT.name())
                        .anyExchange().denyAll())
                .build();
    }
}
