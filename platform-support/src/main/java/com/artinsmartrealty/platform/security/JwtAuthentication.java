package com.artinsmartrealty.platform.security;

import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ReactiveAuthenticationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.server.authentication.AuthenticationWebFilter;
import org.springframework.security.web.server.authentication.ServerAuthenticationEntryPointFailureHandler;
import reactor.core.publisher.Mono;

/** Bearer-token authentication for a service's {@code SecurityWebFilterChain}. */
public final class JwtAuthentication {

    private JwtAuthentication() {
    }

    /** A filter that authenticates {@code Authorization: Bearer <token>} with the platform's tokens. */
    public static AuthenticationWebFilter filter(AccessTokens tokens) {
        ReactiveAuthenticationManager manager = authentication -> Mono.fromCallable(() -> {
            String token = (String) authentication.getCredentials();
            try {
                return (Authentication) new Verified(tokens.verify(token));
            } catch (AccessTokens.InvalidTokenException e) {
                throw new BadCredentialsException("invalid token", e);
            }
        });
        AuthenticationWebFilter filter = new AuthenticationWebFilter(manager);
        filter.setServerAuthenticationConverter(exchange -> {
            String header = exchange.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return Mono.empty();
            }
            return Mono.just(new Unverified(header.substring(7).trim()));
        });
        filter.setAuthenticationFailureHandler(
                new ServerAuthenticationEntryPointFailureHandler(new ProblemAuthenticationEntryPoint()));
        return filter;
    }

    private static final class Unverified extends AbstractAuthenticationToken {
        private final String token;

        Unverified(String token) {
            super(List.of());
            this.token = token;
        }

        @Override
        public Object getCredentials() {
            return token;
        }

        @Override
        public Object getPrincipal() {
            return null;
        }
    }

    private static final class Verified extends AbstractAuthenticationToken {
        private final PlatformPrincipal principal;

        Verified(PlatformPrincipal principal) {
            super(List.of(new SimpleGrantedAuthority(principal.role().authority())));
            this.principal = principal;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return principal;
        }
    }
}
