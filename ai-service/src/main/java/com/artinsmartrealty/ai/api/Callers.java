package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.platform.logging.LogContext;
import com.artinsmartrealty.ai.assistant.Caller;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import reactor.core.publisher.Mono;

/**
 * The caller of a request: its tenant from the verified token, and the correlation id it sent
 * ({@code X-Correlation-Id}, kept when it is a plain token of at most 100 characters) or a new one.
 */
final class Callers {

    static final String CORRELATION_HEADER = "X-Correlation-Id";
    private static final Pattern PLAIN = Pattern.compile("^[A-Za-z0-9._:-]{1,100}$");

    private Callers() {
    }

    private static Mono<Caller> current(String correlationId) {
        String correlation = correlationId != null && PLAIN.matcher(correlationId).matches() ? correlationId
                : UUID.randomUUID().toString();
        return CurrentPrincipal.tenantId().map(tenant -> new Caller(tenant, correlation));
    }

    /** {@code work} for the current caller, its logs carrying the caller's tenant and correlation id. */
    static <T> Mono<T> within(String correlationId, Function<Caller, Mono<T>> work) {
        return current(correlationId).flatMap(caller -> work.apply(caller)
                .contextWrite(LogContext.fields(caller.tenantId().toString(), null, caller.correlationId())));
    }
}
