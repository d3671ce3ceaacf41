package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.EventTypes;
import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.conversation.i18n.Messages;
import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a decision into the records it publishes: replies on {@code chat.outbound.v1}, stage changes
 * on {@code conversation.events.v1}, lead facts on {@code lead.events.v1}. Ids derive from the
 * inbound message, so processing the same message again yields the same records.
 */
@Component
class OutboxComposer {

    private final Messages messages;
    private final EventCodec codec;

    OutboxComposer(Messages messages, EventCodec codec) {
        this.messages = messages;
        this.codec = codec;
    }

    List<OutboxRecord> compose(EventEnvelope inbound, StoredConversation before, ConversationState after,
                               List<ConversationEvent> events, List<Effect> effects, Instant now) {
        ChatMessageReceived message = inbound.payloadAs(ChatMessageReceived.class);
        ChatKey chat = before.chat();
        Ids ids = new Ids(before.id(), message.channelMessageId());
        List<OutboxRecord> records = new ArrayList<>();
        String stageBefore = before.state().stage().name();
        for (ConversationEvent event : events) {
            switch (event) {
                case ConversationEvent.ConversationStarted started -> records.add(record(inbound, ids, now,
                        new AggregateKey(chat.tenantId(), before.id()).value(),
                        new LeadCreated(before.id(), chat.channel(), chat.chatId(),
                                message.sender().displayName(), started.language(), started.source())));
                case ConversationEvent.StageEntered entered -> {
                    records.add(record(inbound, ids, now, new AggregateKey(chat.tenantId(), before.id()).value(),
                            new ConversationStateChanged(before.id(), chat.channel(), chat.chatId(),
                                    before.isNew() && "START".equals(stageBefore) ? null : stageBefore,
                                    entered.stage().name(), after.language())));
                    stageBefore = entered.stage().name();
                }
                case ConversationEvent.LanguageSet set -> {
                }
            }
        }
        for (Effect effect : effects) {
            switch (effect) {
                case Effect.SendReply reply -> records.add(record(inbound, ids, now, chat.value(),
                        reply(ids.next(), chat, after.language(), reply)));
            }
        }
        return records;
    }

    private ReplyComposed reply(UUID messageId, ChatKey chat, String language, Effect.SendReply reply) {
        List<ReplyButton> buttons = reply.choices().stream()
                .map(choice -> new ReplyButton(messages.text(language, choice.labelKey(), List.of()), choice.data()))
                .toList();
        return new ReplyComposed(messageId, chat.channel(), chat.chatId(), language, ReplyComposed.Author.BOT,
                messages.text(language, reply.textKey(), reply.args()), buttons, List.of(), false);
    }

    private OutboxRecord record(EventEnvelope cause, Ids ids, Instant now, String key, EventPayload payload) {
        EventEnvelope envelope = EventEnvelope.of(ids.next(), cause.tenantId(), now, cause.correlationId(),
                cause.eventId(), payload);
        String topic = EventTypes.of(payload.getClass()).topic();
        return new OutboxRecord(topic, key, new String(codec.encode(envelope), StandardCharsets.UTF_8));
    }

    /** Deterministic ids for the records of one turn. */
    private static final class Ids {
        private final String seed;
        private int next;

        Ids(UUID conversationId, String channelMessageId) {
            this.seed = conversationId + ":" + channelMessageId + ":";
        }

        UUID next() {
            return UUID.nameUUIDFromBytes((seed + next++).getBytes(StandardCharsets.UTF_8));
        }
    }
}
