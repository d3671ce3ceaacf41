package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.platform.logging.LogContext;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * One other service, reached over HTTP with a service token for the tenant, a timeout per call and a
 * circuit breaker. Failures end in the caller's fallback, logged once without personal data.
 */
final class RemoteService {

    private static final Logger log = LoggerFactory.getLogger(RemoteService.class);

    private final String name;
    private final WebClient client;
    private final CircuitBreaker breaker;
    private final ServiceTokens tokens;

    RemoteService(String name, WebClient client, CircuitBreaker breaker, ServiceTokens tokens) {
        this.name = name;
        this.client = client;
        this.breaker = breaker;
        this.tokens = tokens;
    }

    /** POSTs {@code body} and reads a 2xx answer as {@code type}; {@code fallback} for anything else. */
    <T> Mono<Input> post(UUID tenantId, String path, Object body, Class<T> type, Duration timeout,
                         Function<T, Input> answer, Input fallback, Object... uriVariables) {
        return exchange(tenantId, path, body, timeout,
                response -> response.statusCode().is2xxSuccessful()
                        ? response.bodyToMono(type).map(answer).defaultIfEmpty(fallback)
                        : response.<Input>createError(),
                fallback, uriVariables);
    }

    /** POSTs {@code body} and lets {@code reader} read the response, whatever its status. */
    Mono<Input> exchange(UUID tenantId, String path, Object body, Duration timeout,
                         Function<ClientResponse, Mono<Input>> reader, Input fallback, Object... uriVariables) {
        return Mono.defer(() -> client.post()
                        .uri(path, uriVariables)
                        .header(HttpHeaders.AUTHORIZATION, tokens.bearer(tenantId))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON)
                        .bodyValue(body)
                        .exchangeToMono(reader))
                .timeout(timeout)
                .transformDeferred(CircuitBreakerOperator.of(breaker))
                .onErrorResume(error -> LogContext.<Input>logged(() -> log.warn(
                                "Call to {} {} failed ({}); the conversation falls back", name, path,
                                error.getClass().getSimpleName()))
                        .defaultIfEmpty(fallback));
    }
}
