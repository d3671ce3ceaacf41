package com.artinsmartrealty.gateway.edge;

import com.artinsmartrealty.platform.config.ServiceUrls;
import java.net.URI;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where each part of {@code /api/**} is served. The gateway's own endpoints (auth, users, channels,
 * tenants, deliveries) are controllers and take precedence; everything else goes to its service
 * with the caller's {@code Authorization} header, which the service verifies again.
 */
@Configuration(proxyBeanMethods = false)
class EdgeRoutes {

    @Bean
    RouteLocator apiRoutes(RouteLocatorBuilder routes, ServiceUrls services) {
        return routes.routes()
                .route("lead-service", route -> route
                        .path("/api/leads/**", "/api/properties/**", "/api/lead-settings/**", "/api/lead-agents/**",
                                "/api/platform/tenants/*/leads/**")
                        .uri(base(services.lead())))
                .route("scheduling-service", route -> route
                        .path("/api/slots/**", "/api/appointments/**", "/api/agents/**")
                        .uri(base(services.scheduling())))
                .route("conversation-service", route -> route
                        .path("/api/conversations/**")
                        .uri(base(services.conversation())))
                .route("ai-service", route -> route
                        .path("/api/knowledge-base/**", "/api/ai/**")
                        .uri(base(services.ai())))
                .route("analytics-service", route -> route
                        .path("/api/analytics/**")
                        .uri(base(services.analytics())))
                .build();
    }

    private static URI base(URI service) {
        return URI.create(service.getScheme() + "://" + service.getAuthority());
    }
}
