package com.artinsmartrealty.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class EventCodecTest {

    private final EventCodec codec = new EventCodec();

    static Stream<String> registeredTypes() {
        return EventTypes.all().stream().map(EventTypes.EventType::name);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTypes")
    void goldenFileDecodesToTheExample(String type) throws IOException {
        EventEnvelope expected = ContractsMother.envelopeOf(ContractsMother.payloadsByType().get(type));

        EventEnvelope decoded = codec.decode(EventTypes.named(type).orElseThrow().topic(), golden(type));

        assertThat(decoded).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTypes")
    void exampleEncodesToTheGoldenFile(String type) throws IOException {
        EventEnvelope example = ContractsMother.envelopeOf(ContractsMother.payloadsByType().get(type));

        JsonNode encoded = codec.mapper().readTree(codec.encode(example));

        assertThat(encoded).isEqualTo(codec.mapper().readTree(golden(type)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTypes")
    void roundTripKeepsEveryField(String type) {
        EventEnvelope example = ContractsMother.envelopeOf(ContractsMother.payloadsByType().get(type));

        assertThat(codec.decode(codec.encode(example))).isEqualTo(example);
    }

    @Test
    void everyRegisteredTypeHasAnExample() {
        assertThat(ContractsMother.payloadsByType().keySet())
                .containsExactlyInAnyOrderElementsOf(registeredTypes().toList());
    }

    @Test
    void unknownFieldsAreTolerated() {
        String json = new String(codec.encode(ContractsMother.envelopeOf(ContractsMother.greetingFromTelegram())),
                StandardCharsets.UTF_8).replaceFirst("\\{", "{\"addedLater\":true,");

        EventEnvelope decoded = codec.decode(json.getBytes(StandardCharsets.UTF_8));

        assertThat(decoded.payloadAs(ChatMessageReceived.class).content())
                .isEqualTo(new MessageContent.Text("/start campaign-marina"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("registeredTypes")
    void aPayloadWrittenBeforeItsTypeDecodesTheSame(String type) throws IOException {
        tools.jackson.databind.node.ObjectNode golden = (tools.jackson.databind.node.ObjectNode) codec.mapper()
                .readTree(golden(type));
        tools.jackson.databind.node.ObjectNode reordered = codec.mapper().createObjectNode();
        reordered.set("payload", golden.get("payload"));
        golden.properties().forEach(field -> reordered.set(field.getKey(), field.getValue()));

        EventEnvelope decoded = codec.decode(codec.mapper().writeValueAsBytes(reordered));

        assertThat(decoded).isEqualTo(ContractsMother.envelopeOf(ContractsMother.payloadsByType().get(type)));
    }

    @Test
    void aRecordCutShortIsNotJson() throws IOException {
        byte[] whole = golden("chat.message.received");

        assertThatThrownBy(() -> codec.decode(Arrays.copyOf(whole, whole.length - 10)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageStartingWith("not JSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "not json",
            "[1,2]",
            "{\"version\":1}",
            "{\"type\":\"chat.nonsense\",\"version\":1}",
            "{\"type\":\"chat.message.received\",\"version\":7}",
            "{\"type\":\"chat.message.received\",\"version\":1,\"eventId\":\"c0ffee00-1234-4abc-8def-001122334455\"}",
            "{\"type\":\"chat.message.received\",\"version\":1,\"payload\":null}",
            "{\"type\":\"chat.message.received\",\"version\":\"x\",\"payload\":{}}",
            "{\"eventId\":\"not-a-uuid\",\"type\":\"lead.erased\",\"version\":1,"
                    + "\"tenantId\":\"7f1c2a4e-0d3b-4c55-9a61-2b8e5f0c9d11\",\"occurredAt\":\"2026-03-14T09:26:53Z\","
                    + "\"correlationId\":\"c\",\"payload\":{\"leadId\":\"3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c\","
                    + "\"channel\":\"telegram\",\"chatId\":\"1\"}}"
    })
    void malformedRecordsAreRejectedWithAReason(String json) {
        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageNotContaining("Exception");
    }

    @Test
    void aPayloadOnTheWrongTopicIsRejected() throws IOException {
        byte[] inbound = golden("chat.message.received");

        assertThatThrownBy(() -> codec.decode(Topics.CHAT_OUTBOUND, inbound))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("does not belong on chat.outbound.v1");
    }

    @Test
    void anInvalidPayloadIsRejectedWithTheRecordsComplaint() throws IOException {
        String json = new String(golden("lead.phone.captured"), StandardCharsets.UTF_8)
                .replace("+971501234567", "0501234567");

        assertThatThrownBy(() -> codec.decode(json.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(MalformedEventException.class)
                .hasMessageContaining("lead.phone.captured")
                .hasMessageContaining("E.164");
    }

    @Test
    void anEnvelopeRefusesAPayloadOfAnotherType() {
        assertThatThrownBy(() -> new EventEnvelope(ContractsMother.APPOINTMENT, "lead.created", 1,
                ContractsMother.TENANT, ContractsMother.AT, "c", null, ContractsMother.greetingFromTelegram()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] golden(String type) throws IOException {
        try (InputStream in = EventCodecTest.class.getResourceAsStream("/golden/" + type + ".json")) {
            assertThat(in).as("golden file for " + type).isNotNull();
            return in.readAllBytes();
        }
    }
}
