package com.artinsmartrealty.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes into JSON bytes and back. Decoding checks the envelope, the payload's registered
 * type and version, and (when a topic is given) that the topic carries that type; anything else is a
 * {@link MalformedEventException} whose message says why, ready for a dead-letter record.
 */
public final class EventCodec {

    private final JsonMapper mapper;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
    }

    /** The mapper used for payloads, for callers that map contract records to other JSON. */
    public JsonMapper mapper() {
        return mapper;
    }

    public byte[] encode(EventEnvelope envelope) {
        return mapper.writeValueAsBytes(envelope);
    }

    public EventEnvelope decode(byte[] bytes) {
        return decode(null, bytes);
    }

    /** Decodes a record read from {@code topic}; a null topic skips the topic check. */
    public EventEnvelope decode(String topic, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record");
        }
        JsonNode root;
        try {
            root = mapper.readTree(bytes);
        } catch (JacksonException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new MalformedEventException("not a JSON object");
        }
        String typeName = root.path("type").asString(null);
        if (typeName == null) {
            throw new MalformedEventException("no type");
        }
        EventTypes.EventType type = EventTypes.named(typeName)
                .orElseThrow(() -> new MalformedEventException("unknown type " + typeName));
        int version = root.path("version").asInt(0);
        if (version != type.version()) {
            throw new MalformedEventException("unsupported version " + version + " of " + typeName);
        }
        if (topic != null && !topic.equals(type.topic())) {
            throw new MalformedEventException(typeName + " does not belong on " + topic);
        }
        try {
            EventPayload payload = mapper.treeToValue(root.required("payload"), type.payloadClass());
            return new EventEnvelope(
                    mapper.treeToValue(root.required("eventId"), java.util.UUID.class),
                    typeName,
                    version,
                    mapper.treeToValue(root.required("tenantId"), java.util.UUID.class),
                    mapper.treeToValue(root.required("occurredAt"), java.time.Instant.class),
                    root.required("correlationId").asString(),
                    root.hasNonNull("causationId")
                            ? mapper.treeToValue(root.get("causationId"), java.util.UUID.class) : null,
                    payload);
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("invalid " + typeName + ": " + rootCauseMessage(e), e);
        }
    }

    private static String rootCauseMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause instanceof JacksonException jackson ? jackson.getOriginalMessage() : cause.getMessage();
    }
}
