package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import com.artinsmartrealty.platform.security.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Conversations are read and taken over by a tenant's admins and agents; probes and metrics are open;
 * anything else needs a valid token.
 */
@Configuration(proxyBeanMethods = false)
class DashboardSecurity {

    @Bean
    SecurityWebFilterChain conversationFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers("/api/conversations/**", "/api/conversations")
                        .hasAnyAuthority(Role.TENANT_ADMIN.authority(), Role.AGENT.authority())
                        .anyExchange().authenticated())
                .build();
    }
}
