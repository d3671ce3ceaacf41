package com.artinsmartrealty.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

/**
 * The last word on any error no controller answered: a JSON problem with the error's own status,
 * or 500 with a generic detail. Server errors are logged once, with the request path only.
 */
@Order(-2)
public final class ProblemErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        if (error instanceof ErrorResponse response) {
            HttpStatus status = HttpStatus.resolve(response.getStatusCode().value());
            if (status != null) {
                String detail = response.getBody().getDetail();
                return ProblemWriter.write(exchange, status, detail != null ? detail : status.getReasonPhrase());
            }
        }
        log.error("Unhandled error on {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), error);
        return ProblemWriter.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side; the request was not completed.");
    }
}
