package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.Sender;
import com.artinsmartrealty.conversation.ConversationProperties;
import com.artinsmartrealty.conversation.messaging.InboundMapping;
import com.artinsmartrealty.conversation.persistence.ConversationStore;
import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.persistence.Turn;
import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.TurnContext;
import com.artinsmartrealty.platform.logging.LogContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Load, decide (with the calls the decision asks for), persist, emit: the only place where the pure
 * state machine meets I/O. A cause seen before is not decided again; the records of its turn are
 * published again instead, so a redelivery never produces a second, different reply.
 */
@Component
public class ConversationEngine {

    private static final Logger log = LoggerFactory.getLogger(ConversationEngine.class);

    private final ConversationStore store;
    private final TurnRunner runner;
    private final OutboxComposer composer;
    private final OutboxPublisher publisher;
    private final Clock clock;
    private final Duration sessionTtl;
    private final String defaultCurrency;

    ConversationEngine(ConversationStore store, TurnRunner runner, OutboxComposer composer, OutboxPublisher publisher,
                       Clock clock, ConversationProperties properties) {
        this.store = store;
        this.runner = runner;
        this.composer = composer;
        this.publisher = publisher;
        this.clock = clock;
        this.sessionTtl = properties.sessionTtl();
        this.defaultCurrency = properties.defaultCurrency();
    }

    /** A user's message. */
    public Mono<Void> handleMessage(EventEnvelope inbound) {
        ChatMessageReceived message = inbound.payloadAs(ChatMessageReceived.class);
        Sender sender = message.sender();
        return handle(TurnCause.of(inbound, message), InboundMapping.toInput(message), sender.languageTag(),
                sender.phoneNumber(), false);
    }

    /** An agent's action from the dashboard; ignored for a conversation that does not exist (any more). */
    public Mono<Void> handleAgentAction(EventEnvelope inbound) {
        AgentActionRequested action = inbound.payloadAs(AgentActionRequested.class);
        return handle(TurnCause.of(inbound, action), InboundMapping.toInput(action), null, null, true);
    }

    private Mono<Void> handle(TurnCause cause, Input input, String clientLanguage, String senderPhone,
                              boolean onlyExisting) {
        ChatKey chat = cause.chat();
        return store.load(chat)
                .flatMap(loaded -> {
                    StoredConversation conversation = loaded.conversation();
                    if (conversation.hasProcessed(cause.turnKey())) {
                        return republish(conversation, cause);
                    }
                    if (onlyExisting && conversation.isNew()) {
                        return LogContext.<Void>logged(
                                () -> log.info("An agent acted on a conversation that does not exist; ignored"));
                    }
                    return process(cause, conversation, input, clientLanguage, senderPhone);
                })
                .onErrorResume(OptimisticLockingFailureException.class,
                        conflict -> store.evict(chat).then(Mono.error(conflict)));
    }

    private Mono<Void> process(TurnCause cause, StoredConversation conversation, Input input, String clientLanguage,
                               String senderPhone) {
        Instant now = clock.instant();
        TurnContext context = new TurnContext(now, clientLanguage, senderPhone, expired(conversation, now),
                defaultCurrency);
        CallScope scope = new CallScope(cause.chat(), conversation.id(), cause.turnKey());
        return runner.run(conversation.state(), input, context, scope).flatMap(outcome -> {
            List<OutboxRecord> outbox = composer.compose(cause, conversation, outcome, now);
            StoredConversation after = conversation.advance(outcome.state(), cause.turnKey(), now);
            Turn turn = new Turn(after.revision(), cause.turnKey(), cause.note(), outcome.events(), outbox);
            return store.save(conversation, after, turn).flatMap(saved -> saved == ConversationStore.Saved.STORED
                    ? publisher.publish(outbox) : republish(conversation, cause));
        });
    }

    /** The cause had its turn before: that turn's records are published again, exactly as they were. */
    private Mono<Void> republish(StoredConversation conversation, TurnCause cause) {
        return LogContext.<Void>logged(() -> log.info("Seen before; republishing its turn"))
                .then(store.turnFor(conversation, cause.turnKey()))
                .flatMap(turn -> publisher.publish(turn.outbox()));
    }

    /** No message for longer than the session lives: the user is welcomed back. */
    private boolean expired(StoredConversation conversation, Instant now) {
        return !conversation.isNew() && conversation.updatedAt() != null
                && now.isAfter(conversation.updatedAt().plus(sessionTtl));
    }
}
