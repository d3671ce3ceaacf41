package com.artinsmartrealty.ai.api;

import com.artinsmartrealty.ai.assistant.Caller;
import com.artinsmartrealty.platform.security.CurrentPrincipal;
import java.util.UUID;
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

    static Mono<Caller> current(String correlationId) {
        String correlation = correlationId != null && PLAIN.matcher(correlationId).matches() ? correlationId
                : UUID.randomUUID().toString();
        return CurrentPrincipal.tenantId().map(tenant -> new Caller(tenant, correlation));
    }
}
