package com.artinsmartrealty.contracts.tenant;

import com.artinsmartrealty.contracts.EventPayload;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** An agency was suspended or reactivated by the platform owner. */
public record TenantStatusChanged(Status status, String reason) implements EventPayload {

    public TenantStatusChanged {
        Objects.requireNonNull(status, "status");
    }

    /** Whether the tenant's bots and dashboard work. */
    public enum Status {
        @JsonProperty("active") ACTIVE,
        @JsonProperty("suspended") SUSPENDED
    }
}
