package com.artinsmartrealty.gateway.whatsapp;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.gateway.support.Payloads;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Cloud API webhook notifications, as Meta documents them, read as the platform's inbound messages. */
class WhatsAppMessagesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final String FROM = "971501234567";

    @Test
    void aTextBecomesTextFromTheSendersNumber() {
        ChatMessageReceived message = read("text.json").orElseThrow();

        assertThat(message.channel()).isEqualTo(Channel.WHATSAPP);
        assertThat(message.chatId()).isEqualTo(FROM);
        assertThat(message.channelMessageId()).isEqualTo("wamid.TEST");
        assertThat(message.content()).isEqualTo(new MessageContent.Text("Hi, I want to invest in Dubai Marina"));
        assertThat(message.sender().displayName()).isEqualTo("Sara Ahmadi");
        assertThat(message.sender().phoneNumber()).isEqualTo("+971501234567");
        assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
    }

    @Test
    void replyButtonsListRowsAndTemplateQuickRepliesBecomeButtonPresses() {
        assertThat(read("button_reply.json").orElseThrow().content())
                .isEqualTo(new MessageContent.ButtonPress("goal:investment"));
        assertThat(read("list_reply.json").orElseThrow().content())
                .isEqualTo(new MessageContent.ButtonPress("area:jvc"));
        assertThat(read("quick_reply_button.json").orElseThrow().content())
                .isEqualTo(new MessageContent.ButtonPress("resume:conversation"));
    }

    @Test
    void aVoiceNoteKeepsItsMimeParametersAndWaitsToBeStored() {
        MessageContent content = read("voice.json").orElseThrow().content();

        assertThat(content).isInstanceOfSatisfying(MessageContent.Voice.class, voice -> {
            assertThat(voice.media().ref()).isEqualTo("whatsapp-media:987654321");
            assertThat(voice.media().mimeType()).isEqualTo("audio/ogg; codecs=opus");
        });
    }

    @Test
    void imagesAndDocumentsKeepCaptionsAndNames() {
        assertThat(read("image.json").orElseThrow().content()).isInstanceOfSatisfying(MessageContent.Photo.class,
                photo -> assertThat(photo.caption()).isEqualTo("this view"));
        assertThat(read("document.json").orElseThrow().content()).isInstanceOfSatisfying(
                MessageContent.Document.class, document -> {
                    assertThat(document.media().fileName()).isEqualTo("deed.pdf");
                    assertThat(document.media().mimeType()).isEqualTo("application/pdf");
                    assertThat(document.caption()).isEqualTo("title deed");
                });
    }

    @Test
    void aLocationAndTheSendersOwnContactCardAreRead() {
        assertThat(read("location.json").orElseThrow().content())
                .isEqualTo(new MessageContent.Location(25.080048, 55.140541));
        assertThat(read("contacts.json").orElseThrow().content())
                .isEqualTo(new MessageContent.SharedContact("+971501234567", true));
    }

    @Test
    void aSenderKnownOnlyByTheirBusinessScopedIdIsStillAChat() {
        ChatMessageReceived message = read("bsuid_only.json").orElseThrow();

        assertThat(message.chatId()).isEqualTo(FROM);
        assertThat(message.sender().username()).isEqualTo("private.user");
    }

    @Test
    void stickersAreUnsupportedContentTheBotCanAnswer() {
        assertThat(read("sticker.json").orElseThrow().content()).isInstanceOf(MessageContent.Unsupported.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"reaction.json", "unsupported.json", "interactive_with_error.json"})
    void reactionsUnsupportedTypesAndBrokenInteractivesYieldNothing(String payload) {
        assertThat(read(payload)).isEmpty();
    }

    @Test
    void everyEntryAndChangeOfAPayloadIsVisitedAndOnlyMessageChangesCount() {
        List<JsonNode> values = WhatsAppIngest.values(JSON.readTree(Payloads.load("whatsapp/multi_entry.json",
                Map.of("number", "111", "number2", "222", "from", FROM, "other", "971509999999", "wamid", "wamid.M",
                        "time", 1767225600))));

        assertThat(values).hasSize(3);
        assertThat(values.stream().map(value -> WhatsAppIngest.phoneNumberId(value).orElseThrow()))
                .containsExactly("111", "111", "222");
    }

    private static Optional<ChatMessageReceived> read(String payload) {
        JsonNode value = WhatsAppIngest.values(JSON.readTree(Payloads.load("whatsapp/" + payload, Map.of(
                "number", "106540352242922", "from", FROM, "wamid", "wamid.TEST", "time", 1767225600,
                "media", "987654321")))).getFirst();
        return WhatsAppMessages.toInbound(value.path("messages").path(0), value.path("contacts"), NOW);
    }
}
