package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.platform.logging.LogContext;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.util.UriTemplate;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * One other service, reached over HTTP with a service token for the tenant, a timeout per call and a
 * circuit breaker. Failures end in the caller's fallback, logged once without personal data.
 *
 * <p>Calls go out on Reactor Netty's client directly, JSON in and out with the contracts' mapper: a
 * turn makes one or more of these calls, and the general-purpose client layered over it cost a
 * measurable share of a message's CPU (ADR 19).
 */
final class RemoteService {

    private static final Logger log = LoggerFactory.getLogger(RemoteService.class);
    private static final byte[] NO_BODY = new byte[0];

    private final String name;
    private final HttpClient http;
    private final JsonMapper json;
    private final CircuitBreaker breaker;
    private final ServiceTokens tokens;

    RemoteService(String name, HttpClient http, JsonMapper json, CircuitBreaker breaker, ServiceTokens tokens) {
        this.name = name;
        this.http = http;
        this.json = json;
        this.breaker = breaker;
        this.tokens = tokens;
    }

    /** POSTs {@code body} and reads a 2xx answer as {@code type}; {@code fallback} for anything else. */
    <T> Mono<Input> post(UUID tenantId, String path, Object body, Class<T> type, Duration timeout,
                         Function<T, Input> answer, Input fallback, Object... uriVariables) {
        return exchange(tenantId, path, body, timeout,
                reply -> {
                    if (!reply.successful()) {
                        throw new UnexpectedStatus(reply.status());
                    }
                    return reply.isEmpty() ? fallback : answer.apply(reply.as(type));
                },
                fallback, uriVariables);
    }

    /** POSTs {@code body} and lets {@code reader} read the reply, whatever its status; a throwing reader falls back. */
    Mono<Input> exchange(UUID tenantId, String path, Object body, Duration timeout, Function<Reply, Input> reader,
                         Input fallback, Object... uriVariables) {
        return Mono.defer(() -> {
                    String uri = uriVariables.length == 0 ? path : new UriTemplate(path).expand(uriVariables)
                            .toString();
                    byte[] content = json.writeValueAsBytes(body);
                    String bearer = tokens.bearer(tenantId);
                    return http.post()
                            .uri(uri)
                            .send((request, outbound) -> {
                                request.header(HttpHeaderNames.AUTHORIZATION, bearer)
                                        .header(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON)
                                        .header(HttpHeaderNames.ACCEPT, HttpHeaderValues.APPLICATION_JSON)
                                        .header(HttpHeaderNames.CONTENT_LENGTH, Integer.toString(content.length));
                                return outbound.sendByteArray(Mono.just(content));
                            })
                            .responseSingle((response, received) -> received.asByteArray()
                                    .defaultIfEmpty(NO_BODY)
                                    .map(bytes -> new Reply(response.status().code(), bytes, json)));
                })
                .map(reader)
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(error -> LogContext.<Input>logged(() -> log.warn(
                                "Call to {} {} failed ({}); the conversation falls back", name, path,
                                error.getClass().getSimpleName()))
                        .defaultIfEmpty(fallback));
    }

    /** A service's answer: its status and its body. */
    static final class Reply {

        private final int status;
        private final byte[] body;
        private final JsonMapper json;

        Reply(int status, byte[] body, JsonMapper json) {
            this.status = status;
            this.body = body;
            this.json = json;
        }

        int status() {
            return status;
        }

        boolean successful() {
            return status >= 200 && status < 300;
        }

        boolean isEmpty() {
            return body.length == 0;
        }

        /** The body as {@code type}. */
        <T> T as(Class<T> type) {
            return json.readValue(body, type);
        }
    }

    /** The service answered with a status the call cannot use. */
    static final class UnexpectedStatus extends RuntimeException {

        UnexpectedStatus(int status) {
            super("HTTP " + status, null, false, false);
        }
    }
}
