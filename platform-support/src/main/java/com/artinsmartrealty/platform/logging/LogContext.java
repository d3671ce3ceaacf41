package com.artinsmartrealty.platform.logging;

import io.micrometer.context.ContextRegistry;
import io.micrometer.context.integration.Slf4jThreadLocalAccessor;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import reactor.core.publisher.Hooks;
import reactor.util.context.Context;

/**
 * Carries the tenant, chat key and correlation id through reactive chains into every log line
 * (as MDC fields of the JSON log). Only identifiers travel here: never message text, names or
 * phone numbers.
 */
public final class LogContext {

    public static final String TENANT_ID = "tenantId";
    public static final String CHAT_KEY = "chatKey";
    public static final String CORRELATION_ID = "correlationId";

    private static volatile boolean installed;

    private LogContext() {
    }

    /** Registers the MDC accessor and turns on automatic context propagation; idempotent. */
    public static synchronized void install() {
        if (!installed) {
            ContextRegistry.getInstance()
                    .registerThreadLocalAccessor(new Slf4jThreadLocalAccessor(TENANT_ID, CHAT_KEY, CORRELATION_ID));
            Hooks.enableAutomaticContextPropagation();
            installed = true;
        }
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
