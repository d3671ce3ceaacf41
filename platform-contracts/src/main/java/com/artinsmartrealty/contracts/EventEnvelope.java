package com.artinsmartrealty.contracts;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What travels on every topic. {@code eventId} makes consumers idempotent, {@code type} and
 * {@code version} name the payload on the wire, {@code tenantId} scopes it, {@code correlationId}
 * follows one user interaction across services and {@code causationId} names the event that caused
 * this one, when there is one.
 */
public record EventEnvelope(
        UUID eventId,
        String type,
        int version,
        UUID tenantId,
        Instant occurredAt,
        String correlationId,
        UUID causationId,
        EventPayload payload) {

    public EventEnvelope {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(correlationId, "correlationId");
        Objects.requireNonNull(payload, "payload");
        EventTypes.EventType registered = EventTypes.of(payload.getClass());
        if (!registered.name().equals(type) || registered.version() != version) {
            throw new IllegalArgumentException("payload " + payload.getClass().getSimpleName()
                    + " is " + registered.name() + " v" + registered.version()
                    + ", not " + type + " v" + version);
        }
    }

    /** An envelope whose type and version are taken from the payload's registration. */
    public static EventEnvelope of(UUID eventId, UUID tenantId, Instant occurredAt, String correlationId,
                                   UUID causationId, EventPayload payload) {
        EventTypes.EventType type = EventTypes.of(payload.getClass());
        return new EventEnvelope(eventId, type.name(), type.version(), tenantId, occurredAt, correlationId,
                causationId, payload);
    }

    /** The payload as the type the caller expects; fails loudly when it is another. */
    public <P extends EventPayload> P payloadAs(Class<P> expected) {
        return expected.cast(payload);
    }
}
