package com.artinsmartrealty.gateway.webchat;

import com.artinsmartrealty.gateway.tenants.Tenant;
import com.artinsmartrealty.gateway.tenants.TenantDirectory;
import com.artinsmartrealty.platform.web.ProblemWriter;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The widget may be embedded only on the agency's own sites: a browser request to
 * {@code /webchat/{tenantSlug}/**} from an origin the tenant did not allow is refused with 403, and
 * CORS headers (preflight included) are answered per tenant. Requests without an {@code Origin}
 * (not from a browser page) pass; the rate limits still apply to them.
 */
@Component
class WebChatOrigins implements WebFilter, Ordered {

    private static final String PREFIX = "/webchat/";

    private final TenantDirectory directory;
    private final DefaultCorsProcessor processor = new DefaultCorsProcessor();

    WebChatOrigins(TenantDirectory directory) {
        this.directory = directory;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 20;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        String origin = exchange.getRequest().getHeaders().getOrigin();
        if (!path.startsWith(PREFIX) || origin == null) {
            return chain.filter(exchange);
        }
        int end = path.indexOf('/', PREFIX.length());
        String slug = path.substring(PREFIX.length(), end < 0 ? path.length() : end);
        return directory.bySlug(slug)
                .filter(Tenant::active)
                .flatMap(tenant -> directory.webchat(tenant.id()))
                .map(settings -> configuration(settings.allowedOrigins()))
                .defaultIfEmpty(configuration(List.of()))
                .flatMap(cors -> {
                    boolean allowed = processor.process(cors, exchange) && cors.checkOrigin(origin) != null;
                    if (!allowed) {
                        exchange.getResponse().getHeaders().remove(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
                        return ProblemWriter.write(exchange, HttpStatus.FORBIDDEN,
                                "This website may not embed the agency's chat.");
                    }
                    return CorsUtils.isPreFlightRequest(exchange.getRequest()) ? Mono.empty() : chain.filter(exchange);
                });
    }

    private static CorsConfiguration configuration(List<String> allowedOrigins) {
        CorsConfiguration cors = new CorsConfiguration();
        cors.setAllowedOriginPatterns(allowedOrigins);
        cors.setAllowedMethods(List.of("GET", "POST", "OPTIONS"));
        cors.setAllowedHeaders(List.of("Content-Type", "Accept", "Last-Event-ID"));
        cors.setAllowCredentials(false);
        cors.setMaxAge(3600L);
        return cors;
    }
}
