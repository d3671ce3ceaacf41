package com.artinsmartrealty.gateway.edge;

import com.artinsmartrealty.platform.web.ProblemWriter;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.channel.AbortedException;

/**
 * A routed request whose service cannot be reached answers 503 (502 when the connection broke
 * mid-answer, 504 on timeout) with a problem body naming the service, instead of a bare 500.
 */
@Component
@Order(-3)
class UpstreamErrors implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(UpstreamErrors.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        if (route == null || exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus status = statusOf(error);
        if (status == null) {
            return Mono.error(error);
        }
        log.warn("{} unavailable for {}: {}", route.getId(), exchange.getRequest().getPath().value(), error.toString());
        return ProblemWriter.write(exchange, status, route.getId() + " is not available right now; try again shortly.");
    }

    private static HttpStatus statusOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return HttpStatus.SERVICE_UNAVAILABLE;
            }
            if (cause instanceof TimeoutException) {
                return HttpStatus.GATEWAY_TIMEOUT;
            }
            if (cause instanceof AbortedException || cause.getClass().getName().endsWith("PrematureCloseException")) {
                return HttpStatus.BAD_GATEWAY;
            }
        }
        return null;
    }
}
