package com.artinsmartrealty.gateway.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.pengrad.telegrambot.utility.BotUtils;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Updates shaped as the Bot API documents them, read as the platform's inbound messages. */
class TelegramUpdatesTest {

    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void aPrivateTextMessageBecomesTextFromItsSender() {
        ChatMessageReceived message = read("""
                {"update_id":10000,"message":{"message_id":1365,"date":1441645532,
                 "from":{"id":1111111,"is_bot":false,"first_name":"Test","last_name":"Lastname",
                         "username":"Test","language_code":"ru"},
                 "chat":{"id":1111111,"first_name":"Test","last_name":"Lastname","username":"Test","type":"private"},
                 "text":"/start"}}""").orElseThrow();

        assertThat(message.channel()).isEqualTo(Channel.TELEGRAM);
        assertThat(message.chatId()).isEqualTo("1111111");
        assertThat(message.channelMessageId()).isEqualTo("10000");
        assertThat(message.content()).isEqualTo(new MessageContent.Text("/start"));
        assertThat(message.sender().displayName()).isEqualTo("Test Lastname");
        assertThat(message.sender().languageTag()).isEqualTo("ru");
        assertThat(message.sentAt()).isEqualTo(Instant.ofEpochSecond(1441645532));
    }

    @Test
    void aButtonPressBecomesItsCallbackData() {
        ChatMessageReceived message = read("""
                {"update_id":10001,"callback_query":{"id":"4382bfdwdsb323b2d9","chat_instance":"-42",
                 "from":{"id":1111111,"is_bot":false,"first_name":"Test"},
                 "message":{"message_id":1366,"date":1441645532,"chat":{"id":1111111,"type":"private"},"text":"?"},
                 "data":"goal:investment"}}""").orElseThrow();

        assertThat(message.chatId()).isEqualTo("1111111");
        assertThat(message.content()).isEqualTo(new MessageContent.ButtonPress("goal:investment"));
    }

    @Test
    void aSharedContactIsTrustedOnlyWhenItIsTheSendersOwn() {
        String contactUpdate = """
                {"update_id":%d,"message":{"message_id":7,"date":1441645532,
                 "from":{"id":555,"is_bot":false,"first_name":"Sara"},"chat":{"id":555,"type":"private"},
                 "contact":{"phone_number":"971501234567","first_name":"Sara","user_id":%d}}}""";

        assertThat(read(contactUpdate.formatted(1, 555)).orElseThrow().content())
                .isEqualTo(new MessageContent.SharedContact("+971501234567", true));
        assertThat(read(contactUpdate.formatted(2, 999)).orElseThrow().content())
                .isEqualTo(new MessageContent.SharedContact("+971501234567", false));
    }

    @Test
    void aVoiceNoteTravelsAsAReferenceNotAsBytes() {
        MessageContent content = read("""
                {"update_id":10002,"message":{"message_id":8,"date":1441645532,"from":{"id":5,"is_bot":false,
                 "first_name":"A"},"chat":{"id":5,"type":"private"},
                 "voice":{"file_id":"AwADBAADbXXXXXXXXXXXGBdhD2l6_XX","file_unique_id":"u1","duration":5,
                          "mime_type":"audio/ogg","file_size":23000}}}""").orElseThrow().content();

        assertThat(content).isInstanceOfSatisfying(MessageContent.Voice.class, voice -> {
            assertThat(voice.media().ref()).isEqualTo("telegram-file:AwADBAADbXXXXXXXXXXXGBdhD2l6_XX");
            assertThat(voice.media().mimeType()).isEqualTo("audio/ogg");
            assertThat(voice.durationSeconds()).isEqualTo(5);
        });
    }

    @Test
    void anEditIsMarkedAsAnEdit() {
        assertThat(read("""
                {"update_id":10003,"edited_message":{"message_id":9,"date":1441645532,"edit_date":1441645600,
                 "from":{"id":5,"is_bot":false,"first_name":"A"},"chat":{"id":5,"type":"private"},"text":"2M"}}""")
                .orElseThrow().edited()).isTrue();
    }

    @Test
    void groupsChannelsAndUnusedKindsYieldNothing() {
        assertThat(read("""
                {"update_id":10004,"message":{"message_id":1,"date":1441645532,"from":{"id":5,"is_bot":false,
                 "first_name":"A"},"chat":{"id":-100123,"title":"Group","type":"supergroup"},"text":"hi"}}""")).isEmpty();
        assertThat(read("""
                {"update_id":10005,"channel_post":{"message_id":1,"date":1441645532,
                 "chat":{"id":-100456,"title":"News","type":"channel"},"text":"hi"}}""")).isEmpty();
        assertThat(read("""
                {"update_id":10006,"my_chat_member":{"chat":{"id":5,"type":"private"},
                 "from":{"id":5,"is_bot":false,"first_name":"A"},"date":1441645532,
                 "old_chat_member":{"user":{"id":42,"is_bot":true,"first_name":"Bot"},"status":"member"},
                 "new_chat_member":{"user":{"id":42,"is_bot":true,"first_name":"Bot"},"status":"kicked",
                                    "until_date":0}}}""")).isEmpty();
        assertThat(read("{\"update_id\":10007,\"poll\":{\"id\":\"1\",\"question\":\"?\",\"options\":[]}}")).isEmpty();
    }

    @Test
    void aStickerIsReadAsUnsupportedRatherThanDropped() {
        assertThat(read("""
                {"update_id":10008,"message":{"message_id":1,"date":1441645532,"from":{"id":5,"is_bot":false,
                 "first_name":"A"},"chat":{"id":5,"type":"private"},
                 "sticker":{"file_id":"s","file_unique_id":"u","type":"regular","width":512,"height":512,
                            "is_animated":false,"is_video":false}}}""").orElseThrow().content())
                .isInstanceOf(MessageContent.Unsupported.class);
    }

    private static Optional<ChatMessageReceived> read(String json) {
        return TelegramUpdates.toInbound(BotUtils.parseUpdate(json), NOW);
    }
}
