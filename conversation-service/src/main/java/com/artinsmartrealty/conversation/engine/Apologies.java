package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.conversation.i18n.Messages;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.nlu.language.LanguageGuesser;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * When a user's message cannot be processed even after retries, the user hears so in their language
 * (the conversation's, else their client's or their message's, else English) instead of silence. The
 * apology's id derives from the message, so it is delivered once however often it is sent.
 */
@Component
public class Apologies {

    private static final Duration LANGUAGE_LOOKUP = Duration.ofSeconds(2);

    private final ConversationStore store;
    private final OutboxComposer composer;
    private final OutboxPublisher publisher;

    Apologies(ConversationStore store, OutboxComposer composer, OutboxPublisher publisher) {
        this.store = store;
        this.composer = composer;
        this.publisher = publisher;
    }

    public Mono<Void> apologize(EventEnvelope inbound) {
        ChatMessageReceived message = inbound.payloadAs(ChatMessageReceived.class);
        ChatKey chat = new ChatKey(inbound.tenantId(), message.channel(), message.chatId());
        UUID messageId = UUID.nameUUIDFromBytes((StoredConversation.idOf(chat) + ":" + message.channelMessageId()
                + ":apology").getBytes(StandardCharsets.UTF_8));
        return store.load(chat)
                .map(loaded -> loaded.conversation().isNew() ? fallbackLanguage(message)
                        : loaded.conversation().state().language())
                .timeout(LANGUAGE_LOOKUP)
                .onErrorResume(error -> Mono.just(fallbackLanguage(message)))
                .flatMap(language -> publisher.publish(List.of(composer.standalone(inbound, chat, messageId, language,
                        "apology"))));
    }

    private static String fallbackLanguage(ChatMessageReceived message) {
        String client = message.sender().languageTag();
        if (client != null) {
            String language = client.toLowerCase(Locale.ROOT).split("[-_]")[0];
            if (Messages.LANGUAGES.contains(language)) {
                return language;
            }
        }
        Optional<String> written = message.content() instanceof MessageContent.Text text
                ? LanguageGuesser.instance().guess(text.text()) : Optional.empty();
        return written.filter(Messages.LANGUAGES::contains).orElse("en");
    }
}
