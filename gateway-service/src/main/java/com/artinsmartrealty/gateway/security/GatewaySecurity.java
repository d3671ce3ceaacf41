package com.artinsmartrealty.gateway.security;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * Channels authenticate themselves (webhook secrets, signatures, web chat sessions); the dashboard's
 * static files are public; everything under {@code /api} needs a bearer token.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/webhooks/**", "/webchat/**", "/api/auth/**").permitAll()
                        // The dashboard's static files; every call it makes carries a token.
                        .pathMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.svg", "/assets/**").permitAll()
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .anyExchange().authenticated())
                .build();
    }
}
