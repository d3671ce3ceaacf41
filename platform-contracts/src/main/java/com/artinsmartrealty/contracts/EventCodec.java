package com.artinsmartrealty.contracts;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns envelopes into JSON bytes and back. Decoding checks the envelope, the payload's registered
 * type and version, and (when a topic is given) that the topic carries that type; anything else is a
 * {@link MalformedEventException} whose message says why, ready for a dead-letter record.
 */
public final class EventCodec {

    private final JsonMapper mapper;
    private final Map<Class<?>, ObjectReader> readers = new ConcurrentHashMap<>();
    private final ObjectReader treeReader;

    public EventCodec() {
        this.mapper = JsonMapper.builder()
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .build();
        this.treeReader = payloadReader(JsonNode.class);
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

    /**
     * Decodes a record read from {@code topic}; a null topic skips the topic check. The record is read
     * in one pass: the payload goes straight into its registered class once the type is known (the
     * envelope's own field order puts the type first; a payload written before its type is read as a
     * tree and converted after).
     */
    public EventEnvelope decode(String topic, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new MalformedEventException("empty record");
        }
        try (JsonParser parser = mapper.createParser(bytes)) {
            return read(topic, parser);
        } catch (StreamReadException e) {
            throw new MalformedEventException("not JSON: " + e.getOriginalMessage(), e);
        } catch (JacksonException e) {
            throw new MalformedEventException("not an envelope: " + e.getOriginalMessage(), e);
        }
    }

    private EventEnvelope read(String topic, JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new MalformedEventException("not a JSON object");
        }
        Fields fields = new Fields();
        JsonNode payloadTree = null;
        EventPayload payload = null;
        while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            if (name.equals("payload")) {
                if (fields.typeName != null && value != JsonToken.VALUE_NULL) {
                    payload = readPayload(fields, topic, parser);
                } else {
                    payloadTree = treeReader.readValue(parser);
                }
            } else if (!value.isScalarValue()) {
                parser.skipChildren();
            } else if (value != JsonToken.VALUE_NULL) {
                fields.set(name, parser.getString());
            }
        }
        EventTypes.EventType type = fields.type(topic);
        try {
            if (payload == null) {
                if (payloadTree == null || payloadTree.isNull()) {
                    throw new MalformedEventException("invalid " + fields.typeName + ": no payload");
                }
                payload = mapper.treeToValue(payloadTree, type.payloadClass());
            }
            return new EventEnvelope(
                    UUID.fromString(fields.required("eventId", fields.eventId)),
                    fields.typeName,
                    type.version(),
                    UUID.fromString(fields.required("tenantId", fields.tenantId)),
                    Instant.parse(fields.required("occurredAt", fields.occurredAt)),
                    fields.required("correlationId", fields.correlationId),
                    fields.causationId == null ? null : UUID.fromString(fields.causationId),
                    payload);
        } catch (JacksonException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
            throw new MalformedEventException("invalid " + fields.typeName + ": " + rootCauseMessage(e), e);
        }
    }

    private EventPayload readPayload(Fields fields, String topic, JsonParser parser) {
        EventTypes.EventType type = fields.type(topic);
        try {
            return readers.computeIfAbsent(type.payloadClass(), this::payloadReader).readValue(parser);
        } catch (StreamReadException e) {
            throw e;
        } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
            throw new MalformedEventException("invalid " + fields.typeName + ": " + rootCauseMessage(e), e);
        }
    }

    /** Reads one payload in the middle of its envelope, which goes on after it. */
    private ObjectReader payloadReader(Class<?> payloadClass) {
        return mapper.readerFor(payloadClass).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /** The envelope's scalar fields as read so far. */
    private static final class Fields {
        private String typeName;
        private String version;
        private String eventId;
        private String tenantId;
        private String occurredAt;
        private String correlationId;
        private String causationId;

        void set(String name, String value) {
            switch (name) {
                case "type" -> typeName = value;
                case "version" -> version = value;
                case "eventId" -> eventId = value;
                case "tenantId" -> tenantId = value;
                case "occurredAt" -> occurredAt = value;
                case "correlationId" -> correlationId = value;
                case "causationId" -> causationId = value;
                default -> { } // fields added later are tolerated
            }
        }

        /** The registered type these fields name, checked against its version and the topic. */
        EventTypes.EventType type(String topic) {
            if (typeName == null) {
                throw new MalformedEventException("no type");
            }
            EventTypes.EventType type = EventTypes.named(typeName)
                    .orElseThrow(() -> new MalformedEventException("unknown type " + typeName));
            int number = versionNumber();
            if (number != type.version()) {
                throw new MalformedEventException("unsupported version " + number + " of " + typeName);
            }
            if (topic != null && !topic.equals(type.topic())) {
                throw new MalformedEventException(typeName + " does not belong on " + topic);
            }
            return type;
        }

        private int versionNumber() {
            try {
                return version == null ? 0 : Integer.parseInt(version);
            } catch (NumberFormatException e) {
                return 0;
            }
        }

        String required(String name, String value) {
            if (value == null) {
                throw new IllegalArgumentException("no " + name);
            }
            return value;
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
