package com.artinsmartrealty.contracts;

import java.util.Objects;
import java.util.UUID;

/** The record key of every non-chat topic: {@code tenantId:aggregateId}. */
public record AggregateKey(UUID tenantId, UUID aggregateId) {

    public AggregateKey {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(aggregateId, "aggregateId");
    }

    public String value() {
        return tenantId + ":" + aggregateId;
    }

    @Override
    public String toString() {
        return value();
    }
}
