package com.artinsmartrealty.platform.logging;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Mono;
import reactor.util.context.Context;

/**
 * Carries the tenant, chat key and correlation id through reactive chains into log lines (as MDC fields
 * of the JSON log). Only identifiers travel here: never message text, names or phone numbers.
 *
 * <p>With {@code spring.reactor.context-propagation=auto} (the platform default) Reactor restores the
 * fields on every thread a chain runs on, so any log line inside a chain has them. That costs a
 * restore at every operator; conversation-service, where it was a third of the CPU of a message,
 * runs {@code limited} instead, and its log lines inside chains go through {@link #logged(Runnable)},
 * which restores the fields for that one line in either mode.
 */
public final class LogContext {

    public static final String TENANT_ID = "tenantId";
    public static final String CHAT_KEY = "chatKey";
    public static final String CORRELATION_ID = "correlationId";

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();
    private static volatile boolean installed;

    private LogContext() {
    }

    /**
     * Registers the MDC accessor; idempotent. Whether Reactor propagates it automatically is Spring
     * Boot's {@code spring.reactor.context-propagation}.
     */
    public static synchronized void install() {
        if (!installed) {
            ContextRegistry.getInstance()
                    .registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(TENANT_ID, CHAT_KEY, CORRELATION_ID));
            installed = true;
        }
    }

    /**
     * Writes a log line with the chain's log fields in the MDC, whatever the propagation mode, and
     * completes empty: {@code .onErrorResume(e -> LogContext.<T>logged(() -> log.warn(...)))}.
     */
    public static <T> Mono<T> logged(Runnable line) {
        return Mono.deferContextual(context -> {
            try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context, Slf4jThreadLocalAccessor.KEY)) {
                line.run();
            }
            return Mono.empty();
        });
    }

    /**
     * Adds log fields for use with {@code contextWrite}; null values are left out and fields already
     * in the context are kept.
     */
    public static Function<Context, Context> fields(String tenantId, String chatKey, String correlationId) {
        return context -> {
            Map<String, String> fields = new HashMap<>(context.getOrDefault(Slf4jThreadLocalAccessor.KEY, Map.of()));
            put(fields, TENANT_ID, tenantId);
            put(fields, CHAT_KEY, chatKey);
            put(fields, CORRELATION_ID, correlationId);
            return context.put(Slf4jThreadLocalAccessor.KEY, Map.copyOf(fields));
        };
    }

    private static void put(Map<String, String> fields, String key, String value) {
        if (value != null) {
            fields.put(key, value);
        }
    }
}
