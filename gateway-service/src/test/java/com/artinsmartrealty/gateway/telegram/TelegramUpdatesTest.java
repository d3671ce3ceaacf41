package com.artinsmartrealty.gateway.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.gateway.support.Payloads;
import com.pengrad.telegrambot.model.Update;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Updates shaped as the Bot API documents them, read as the platform's inbound messages. */
class TelegramUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final long CHAT = 1111111;

    @Test
    void aPrivateCommandBecomesTextFromItsSender() {
        ChatMessageReceived message = read("start_command.json").orElseThrow();

        assertThat(message.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(message.chatId()).isEqualTo("1111111");
        assertThat(message.channelMessageId()).isEqualTo("10000");
        assertThat(message.content()).isEqualTo(new MessageContent.Text("/start campaign-marina"));
        assertThat(message.sender().displayName()).isEqualTo("Sara Ahmadi");
        assertThat(message.sender().username()).isEqualTo("sara_dxb");
        assertThat(message.sender().languageTag()).isEqualTo("fa");
        assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
        assertThat(message.edited()).isFalse();
    }

    @Test
    void aButtonPressBecomesItsCallbackData() {
        ChatMessageReceived message = read("callback_query.json").orElseThrow();

        assertThat(message.chatId()).isEqualTo("1111111");
        assertThat(message.content()).isEqualTo(new MessageContent.ButtonPress("goal:investment"));
        assertThat(message.sentAt()).isEqualTo(NOW);
    }

    @Test
    void aSharedContactIsTrustedOnlyWhenItIsTheSendersOwn() {
        assertThat(read("contact_own.json").orElseThrow().content())
                .isEqualTo(new MessageContent.SharedContact("+971501234567", true));
        assertThat(read("contact_other.json").orElseThrow().content())
                .isEqualTo(new MessageContent.SharedContact("+971509999999", false));
    }

    @Test
    void aVoiceNoteTravelsAsAReferenceNotAsBytes() {
        MessageContent content = read("voice.json").orElseThrow().content();

        assertThat(content).isInstanceOfSatisfying(MessageContent.Voice.class, voice -> {
            assertThat(voice.media().ref()).isEqualTo("telegram-file:AwACAgQAAxkBAAIC");
            assertThat(voice.media().mimeType()).isEqualTo("audio/ogg");
            assertThat(voice.media().sizeBytes()).isEqualTo(23000);
            assertThat(voice.durationSeconds()).isEqualTo(7);
        });
    }

    @Test
    void aPhotoIsReadAtItsLargestSizeWithItsCaption() {
        MessageContent content = read("photo.json").orElseThrow().content();

        assertThat(content).isInstanceOfSatisfying(MessageContent.Photo.class, photo -> {
            assertThat(photo.media().ref()).isEqualTo("telegram-file:AwACAgQAAxkBAAIC");
            assertThat(photo.media().mimeType()).isEqualTo("image/jpeg");
            assertThat(photo.caption()).isEqualTo("Is this building in your list?");
        });
    }

    @Test
    void aDocumentKeepsItsNameAndType() {
        MessageContent content = read("document.json").orElseThrow().content();

        assertThat(content).isInstanceOfSatisfying(MessageContent.Document.class, document -> {
            assertThat(document.media().fileName()).isEqualTo("floor-plan.pdf");
            assertThat(document.media().mimeType()).isEqualTo("application/pdf");
            assertThat(document.caption()).isEqualTo("my current flat");
        });
    }

    @Test
    void aLocationAndAnEditAreRead() {
        assertThat(read("location.json").orElseThrow().content())
                .isEqualTo(new MessageContent.Location(25.080048f, 55.140541f));
        ChatMessageReceived edit = read("edited_message.json").orElseThrow();
        assertThat(edit.edited()).isTrue();
        assertThat(edit.content()).isEqualTo(new MessageContent.Text("budget 2M AED"));
    }

    @Test
    void aStickerIsReadAsUnsupportedRatherThanDropped() {
        assertThat(read("sticker.json").orElseThrow().content()).isInstanceOf(MessageContent.Unsupported.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"group_message.json", "basic_group_message.json", "channel_post.json", "poll.json",
        "inline_query.json", "chat_join_request.json", "future_update_kind.json", "my_chat_member_kicked.json"})
    void groupsChannelsAndKindsThePlatformDoesNotUseYieldNoMessage(String payload) {
        assertThat(read(payload)).isEmpty();
    }

    @Test
    void blockingAndUnblockingTheBotIsReadFromMyChatMember() {
        assertThat(TelegramUpdates.membership(parse("my_chat_member_kicked.json")))
                .contains(new TelegramUpdates.Membership("1111111", false));
        assertThat(TelegramUpdates.membership(parse("my_chat_member_member.json")))
                .contains(new TelegramUpdates.Membership("1111111", true));
        assertThat(TelegramUpdates.membership(parse("start_command.json"))).isEmpty();
    }

    @Test
    void aContactWithoutANumberIsUnsupportedNotACrash() {
        Update update = BotUtils.parseUpdate("""
                {"update_id":1,"message":{"message_id":7,"date":1441645532,"from":{"id":5,"is_bot":false,
                 "first_name":"A"},"chat":{"id":5,"type":"private"},"contact":{"first_name":"Nobody"}}}""");

        assertThat(TelegramUpdates.toInbound(update, NOW).orElseThrow().content())
                .isInstanceOf(MessageContent.Unsupported.class);
    }

    static Update parse(String payload) {
        return BotUtils.parseUpdate(Payloads.load("telegram/" + payload, Map.of("update", 10000, "message", 1365,
                "chat", CHAT, "file", "AwACAgQAAxkBAAIC", "size", 23000)));
    }

    private static Optional<ChatMessageReceived> read(String payload) {
        return TelegramUpdates.toInbound(parse(payload), NOW);
    }
}
