package com.artinsmartrealty.platform.security;

import com.artinsmartrealty.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 401 with a JSON problem body instead of Spring Security's empty response. */
public final class ProblemAuthenticationEntryPoint implements ServerAuthenticationEntryPoint {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        exchange.getResponse().getHeaders().set("WWW-Authenticate", "Bearer");
        return ProblemWriter.write(exchange, HttpStatus.UNAUTHORIZED, "A valid bearer token is required.");
    }
}
