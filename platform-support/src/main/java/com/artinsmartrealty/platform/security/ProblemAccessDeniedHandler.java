package com.artinsmartrealty.platform.security;

import com.artinsmartrealty.platform.web.ProblemWriter;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** 403 with a JSON problem body. */
public final class ProblemAccessDeniedHandler implements ServerAccessDeniedHandler {

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return ProblemWriter.write(exchange, HttpStatus.FORBIDDEN, "Your role may not do this.");
    }
}
