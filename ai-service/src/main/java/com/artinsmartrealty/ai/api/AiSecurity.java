package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Who may call what: other services (role {@code service}) the internal API; agents and tenant admins
 * the dashboard's AI endpoints and reading the knowledge base; only tenant admins change it. Anything
 * else is refused.
 */
@Configuration(proxyBeanMethods = false)
class AiSecurity {

    @Bean
    SecurityWebFilterChain aiFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers("/internal/**").hasRole("SERVICE")
                        .pathMatchers(HttpMethod.GET, "/api/knowledge-base", "/api/knowledge-base/**")
                        .hasAnyRole("TENANT_ADMIN", "AGENT")
                        .pathMatchers("/api/knowledge-base", "/api/knowledge-base/**").hasRole("TENANT_ADMIN")
                        .pathMatchers("/api/ai/**").hasAnyRole("TENANT_ADMIN", "AGENT")
                        .anyExchange().denyAll())
                .build();
    }
}
