package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.conversation.messaging.InboundMapping;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.persistence.Turn;
import com.artinsmartrealty.conversation.state.ConversationDecider;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Transition;
import com.artinsmartrealty.conversation.state.TurnContext;
import com.artinsmartrealty.platform.messaging.EventPublisher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Load, decide, persist, emit: the only place where the pure state machine meets I/O. A message seen
 * before is not decided again; the records of its turn are published again instead, so a redelivery
 * never produces a second, different reply.
 */
@Component
public class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final ConversationStore store;
    private final OutboxComposer composer;
    private final EventPublisher publisher;
    private final com.artinsmartrealty.contracts.EventCodec codec;
    private final Clock clock;

    ConversationEngine(ConversationStore store, OutboxComposer composer, EventPublisher publisher,
                       com.artinsmartrealty.contracts.EventCodec codec, Clock clock) {
        this.store = store;
        this.composer = composer;
        this.publisher = publisher;
        this.codec = codec;
        this.clock = clock;
    }

    public Mono<Void> handle(EventEnvelope inbound) {
        ChatMessageReceived message = inbound.payloadAs(ChatMessageReceived.class);
        ChatKey chat = new ChatKey(inbound.tenantId(), message.channel(), message.chatId());
        return store.load(chat).flatMap(loaded -> {
            StoredConversation conversation = loaded.conversation();
            if (conversation.hasProcessed(message.channelMessageId())) {
                log.info("Message seen before; republishing its turn");
                return store.turnFor(conversation, message.channelMessageId()).flatMap(turn -> publish(turn.outbox()));
            }
            return process(inbound, message, conversation);
        });
    }

    private Mono<Void> process(EventEnvelope inbound, ChatMessageReceived message, StoredConversation conversation) {
        Instant now = clock.instant();
        TurnContext context = new TurnContext(now, message.sender().languageTag());
        Transition transition = ConversationDecider.decide(conversation.state(), InboundMapping.toInput(message),
                context);
        ConversationState next = conversation.state();
        for (ConversationEvent event : transition.events()) {
            next = next.evolve(event);
        }
        List<OutboxRecord> outbox = composer.compose(inbound, conversation, next, transition.events(),
                transition.effects(), now);
        StoredConversation after = conversation.advance(next, message.channelMessageId(), now);
        Turn turn = new Turn(after.revision(), message.channelMessageId(), transition.events(), outbox);
        return store.save(conversation, after, turn).then(publish(outbox));
    }

    private Mono<Void> publish(List<OutboxRecord> outbox) {
        return Flux.fromIterable(outbox)
                .concatMap(record -> publisher.publish(record.topic(), record.key(),
                        codec.decode(record.topic(), record.envelope().getBytes(StandardCharsets.UTF_8))))
                .then();
    }
}
