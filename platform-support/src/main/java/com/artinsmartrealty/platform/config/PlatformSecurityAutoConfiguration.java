package com.artinsmartrealty.platform.config;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;

/**
 * A service that declares no security chain of its own gets this one: probes and metrics open,
 * everything else behind a valid platform token.
 */
@AutoConfiguration(after = PlatformAutoConfiguration.class, beforeName = {
        "org.springframework.boot.security.autoconfigure.web.reactive.ReactiveWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.actuate.web.reactive.ReactiveManagementWebSecurityAutoConfiguration"})
@EnableWebFluxSecurity
public class PlatformSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(SecurityWebFilterChain.class)
    SecurityWebFilterChain platformSecurityFilterChain(ServerHttpSecurity http, AccessTokens tokens) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .anyExchange().authenticated())
                .build();
    }
}
