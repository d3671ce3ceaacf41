package com.artinsmartrealty.ai.assistant;

import java.util.Objects;
import java.util.UUID;

/** Whom a request is answered for: the tenant (from the caller's token) and the interaction it belongs to. */
public record Caller(UUID tenantId, String correlationId) {

    public Caller {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(correlationId, "correlationId");
    }
}
