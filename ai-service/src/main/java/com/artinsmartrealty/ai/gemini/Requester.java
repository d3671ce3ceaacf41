package com.artinsmartrealty.ai.gemini;

import java.util.Objects;
import java.util.UUID;

/** Who a model call is made for: the tenant, the lead if known, and the interaction's correlation id. */
public record Requester(UUID tenantId, UUID leadId, String correlationId) {

    public Requester {
        Objects.requireNonNull(tenantId, "tenantId");
    }
}
