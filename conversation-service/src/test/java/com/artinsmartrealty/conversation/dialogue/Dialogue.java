package com.artinsmartrealty.conversation.dialogue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A conversation written as data: who the user is, how the other services answer, and each turn with
 * what the bot must do. Read from {@code src/test/resources/dialogues/*.yaml}.
 *
 * @param client      the language the user's client reports, or null
 * @param channel     {@code telegram}, {@code whatsapp} or {@code webchat}
 * @param senderPhone the number the channel vouches for (WhatsApp), or null
 * @param services    how lead-, scheduling- and ai-service answer (see {@link FakeServices})
 * @param kafka       also run this dialogue through Kafka, PostgreSQL and Redis
 */
public record Dialogue(Path file, String name, String client, String channel, String senderPhone,
                       Map<String, Object> services, boolean kafka, List<Map<String, Object>> turns) {

    @Override
    public String toString() {
        return file.getFileName() + ": " + name;
    }
}
