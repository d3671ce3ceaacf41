package com.artinsmartrealty.gateway.security;

import com.artinsmartrealty.gateway.edge.EdgeProperties;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformSecurity;
import java.time.Duration;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;

/**
 * Who may call what. Channels authenticate themselves: webhooks prove themselves with their secret
 * header or signature in the controller and bypass this chain altogether (nothing here applies to a
 * machine-to-machine call, and they are the hot path); web chat sessions and sign-in are open.
 * Everything else needs a platform token, and roles are enforced here for every {@code /api} path,
 * the gateway's own and the routed ones (each service checks them again). Service tokens reach only
 * {@code /internal}. A suspended agency's tokens stop working here.
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurity {

    static final String SUPER_ADMIN = "SUPER_ADMIN";
    static final String TENANT_ADMIN = "TENANT_ADMIN";
    static final String AGENT = "AGENT";
    static final String SERVICE = "SERVICE";

    /** Tenant-scoped APIs of the services behind the gateway. */
    static final String[] TENANT_APIS = {"/api/leads/**", "/api/properties/**", "/api/slots/**",
        "/api/appointments/**", "/api/agents/**", "/api/conversations/**", "/api/knowledge-base/**", "/api/ai/**",
        "/api/deliveries/**", "/api/media"};

    @Bean
    SecurityWebFilterChain gatewayFilterChain(ServerHttpSecurity http, AccessTokens tokens, EdgeProperties edge,
                                              TenantDirectory directory) {
        return PlatformSecurity.tokenAuthenticated(http, tokens)
                .securityMatcher(new NegatedServerWebExchangeMatcher(ServerWebExchangeMatchers.pathMatchers(
                        "/webhooks/**")))
                .cors(cors -> cors.configurationSource(dashboardCors(edge.dashboardOrigins())))
                .addFilterAfter(new SuspendedTenants(directory), SecurityWebFiltersOrder.AUTHENTICATION)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/webchat/**").permitAll()
                        .pathMatchers(HttpMethod.POST, "/api/auth/login", "/api/auth/refresh", "/api/auth/logout")
                        .permitAll()
                        // The dashboard's static files; every call it makes carries a token.
                        .pathMatchers(HttpMethod.GET, "/", "/index.html", "/favicon.svg", "/assets/**").permitAll()
                        .pathMatchers(PlatformSecurity.OPEN_ACTUATOR).permitAll()
                        .pathMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**").permitAll()
                        .pathMatchers("/internal/**").hasRole(SERVICE)
                        .pathMatchers("/api/tenants/**", "/api/platform/**", "/api/analytics/mrr/**")
                        .hasRole(SUPER_ADMIN)
                        .pathMatchers("/api/channels/**", "/api/lead-settings/**", "/api/lead-agents/**")
                        .hasRole(TENANT_ADMIN)
                        .pathMatchers(HttpMethod.GET, "/api/users/**").hasAnyRole(TENANT_ADMIN, AGENT)
                        .pathMatchers("/api/users/**").hasRole(TENANT_ADMIN)
                        .pathMatchers(TENANT_APIS).hasAnyRole(TENANT_ADMIN, AGENT)
                        .pathMatchers("/api/analytics/**").hasAnyRole(SUPER_ADMIN, TENANT_ADMIN, AGENT)
                        .pathMatchers("/api/**").hasAnyRole(SUPER_ADMIN, TENANT_ADMIN, AGENT)
                        .anyExchange().denyAll())
                .build();
    }

    /** The dashboard's origins may call {@code /api} from the browser with a bearer token (no cookies). */
    static UrlBasedCorsConfigurationSource dashboardCors(List<String> origins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(origins);
        cors.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Last-Event-ID"));
        cors.setExposedHeaders(List.of("Retry-After", "Content-Disposition", "Location"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/api/**", cors);
        source.registerCorsConfiguration("/v3/api-docs/**", cors);
        return source;
    }
}
