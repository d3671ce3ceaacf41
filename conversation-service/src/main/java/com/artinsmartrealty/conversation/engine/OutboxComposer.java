package com.artinsmartrealty.conversation.engine;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.EventTypes;
import com.artinsmartrealty.contracts.api.media.MediaRefs;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.conversation.ConversationSlotTimed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.LeadAppointmentRequested;
import com.artinsmartrealty.contracts.lead.LeadConversationCompleted;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadLanguageChanged;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadSlotsFilled;
import com.artinsmartrealty.contracts.lead.LeadVoiceTranscribed;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.i18n.Messages;
import com.artinsmartrealty.conversation.persistence.OutboxRecord;
import com.artinsmartrealty.conversation.persistence.StoredConversation;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.conversation.state.Effect;
import com.artinsmartrealty.conversation.state.FileToSend;
import com.artinsmartrealty.conversation.state.Stage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Turns a turn's outcome into the records it publishes: lead facts on {@code lead.events.v1}, stage
 * changes and slot timings on {@code conversation.events.v1}, replies on {@code chat.outbound.v1}.
 * Ids derive from the conversation and the turn's cause, so composing the same turn again yields the
 * same records.
 */
@Component
public class OutboxComposer {

    static final String REPORT_FILE_NAME = "property-report.pdf";
    static final String CALENDAR_FILE_NAME = "viewing.ics";

    private final Messages messages;
    private final EventCodec codec;

    OutboxComposer(Messages messages, EventCodec codec) {
        this.messages = messages;
        this.codec = codec;
    }

    public List<OutboxRecord> compose(TurnCause cause, StoredConversation before, TurnOutcome outcome, Instant now) {
        Records records = new Records(cause, before, now);
        long revision = before.revision() + 1;
        UUID lead = before.id();
        ConversationState state = before.state();
        Set<Slot> filled = EnumSet.noneOf(Slot.class);
        int slotsAt = -1;
        for (ConversationEvent event : outcome.events()) {
            ConversationState next = state.evolve(event);
            switch (event) {
                case ConversationEvent.ConversationStarted started -> records.fact(new LeadCreated(lead,
                        before.chat().channel(), before.chat().chatId(), cause.displayName(), started.language(),
                        started.source()));
                case ConversationEvent.StageEntered entered -> records.fact(new ConversationStateChanged(lead,
                        before.chat().channel(), before.chat().chatId(),
                        state.stage() instanceof Stage.Start ? null : state.stage().name(), entered.stage().name(),
                        next.language()));
                case ConversationEvent.LanguageSet set -> {
                    if (!set.language().equals(state.language())) {
                        records.fact(new LeadLanguageChanged(lead, revision, set.language()));
                    }
                }
                case ConversationEvent.ProfileUpdated updated -> {
                    slotsAt = slotsAt < 0 ? records.size() : slotsAt;
                    filled.addAll(updated.changed());
                    if (state.askedSlot() != null && state.askedAt() != null
                            && updated.changed().contains(state.askedSlot()) && next.askedSlot() == null) {
                        records.fact(new ConversationSlotTimed(lead, state.askedSlot(),
                                Math.max(0, Duration.between(state.askedAt(), now).toMillis())));
                    }
                }
                case ConversationEvent.Qualified qualified -> records.fact(new LeadQualified(lead, revision,
                        qualified.profile().toContract()));
                case ConversationEvent.PhoneCaptured captured -> records.fact(new LeadPhoneCaptured(lead, revision,
                        captured.phone(), LeadPhoneCaptured.Method.valueOf(captured.method().name())));
                case ConversationEvent.VoiceTranscribed transcribed -> records.fact(new LeadVoiceTranscribed(lead,
                        revision, transcribed.transcript(), transcribed.language()));
                case ConversationEvent.ViewingRequested requested -> records.fact(
                        new LeadAppointmentRequested(lead, revision));
                case ConversationEvent.ViewingBooked booked -> records.fact(
                        new LeadConversationCompleted(lead, revision));
                case ConversationEvent.SlotAsked e -> {
                }
                case ConversationEvent.ListingsShown e -> {
                }
                case ConversationEvent.PhoneConfirmationOffered e -> {
                }
                case ConversationEvent.PhotoDeferred e -> {
                }
                case ConversationEvent.PhotoAnalysed e -> {
                }
                case ConversationEvent.SlotsOffered e -> {
                }
                case ConversationEvent.SessionResumed e -> {
                }
                case ConversationEvent.ConversationRestarted e -> {
                }
                case ConversationEvent.HumanRequested e -> {
                }
                case ConversationEvent.TakenOver e -> {
                }
                case ConversationEvent.HandedBack e -> {
                }
            }
            state = next;
        }
        if (!filled.isEmpty()) {
            // One fact per turn, with the whole profile after it, where the turn first changed a slot.
            records.factAt(slotsAt, new LeadSlotsFilled(lead, revision, filled, outcome.state().profile().toContract()));
        }
        for (Effect.SendReply reply : outcome.replies()) {
            records.reply(reply(records.nextId(), before.chat(), lead, reply));
        }
        return records.all();
    }

    /** A reply outside any turn (the apology when a message cannot be processed). */
    public OutboxRecord standalone(EventEnvelope cause, ChatKey chat, UUID messageId, String language, String key) {
        ReplyComposed reply = new ReplyComposed(messageId, chat.channel(), chat.chatId(), language,
                ReplyComposed.Author.SYSTEM, messages.text(language, key, List.of()), List.of(), List.of(), false);
        EventEnvelope envelope = EventEnvelope.of(messageId, cause.tenantId(), cause.occurredAt(),
                cause.correlationId(), cause.eventId(), reply);
        return new OutboxRecord(EventTypes.of(ReplyComposed.class).topic(), chat.value(), envelope.type(),
                new String(codec.encode(envelope), StandardCharsets.UTF_8));
    }

    private ReplyComposed reply(UUID messageId, ChatKey chat, UUID lead, Effect.SendReply reply) {
        String language = reply.language();
        List<ReplyButton> buttons = reply.choices().stream()
                .map(choice -> new ReplyButton(messages.render(language, choice.label()), choice.data()))
                .toList();
        List<Attachment> attachments = reply.files().stream().map(file -> attachment(lead, file)).toList();
        return new ReplyComposed(messageId, chat.channel(), chat.chatId(), language, author(reply),
                messages.render(language, reply.lines()), buttons, attachments, reply.requestContact());
    }

    private static Attachment attachment(UUID lead, FileToSend file) {
        return switch (file) {
            case FileToSend.LeadReport report -> new Attachment(Attachment.Kind.DOCUMENT,
                    new MediaRef(MediaRefs.LEAD_REPORT + lead, "application/pdf", 0, REPORT_FILE_NAME), null);
            case FileToSend.ViewingCalendar calendar -> new Attachment(Attachment.Kind.CALENDAR,
                    new MediaRef(MediaRefs.APPOINTMENT_ICS + calendar.appointmentId(), "text/calendar", 0,
                            CALENDAR_FILE_NAME), null);
        };
    }

    private static ReplyComposed.Author author(Effect.SendReply reply) {
        return switch (reply.author()) {
            case BOT -> ReplyComposed.Author.BOT;
            case AGENT -> ReplyComposed.Author.AGENT;
            case SYSTEM -> ReplyComposed.Author.SYSTEM;
        };
    }

    /** The records of one turn, with deterministic ids. */
    private final class Records {
        private final TurnCause cause;
        private final StoredConversation conversation;
        private final Instant now;
        private final String seed;
        private final List<OutboxRecord> all = new ArrayList<>();
        private int next;

        Records(TurnCause cause, StoredConversation conversation, Instant now) {
            this.cause = cause;
            this.conversation = conversation;
            this.now = now;
            this.seed = conversation.id() + ":" + cause.turnKey() + ":";
        }

        UUID nextId() {
            return UUID.nameUUIDFromBytes((seed + next++).getBytes(StandardCharsets.UTF_8));
        }

        void fact(EventPayload payload) {
            add(new AggregateKey(conversation.chat().tenantId(), conversation.id()).value(), payload);
        }

        void factAt(int index, EventPayload payload) {
            all.add(index, record(new AggregateKey(conversation.chat().tenantId(), conversation.id()).value(),
                    payload));
        }

        int size() {
            return all.size();
        }

        void reply(ReplyComposed reply) {
            add(conversation.chat().value(), reply);
        }

        private void add(String key, EventPayload payload) {
            all.add(record(key, payload));
        }

        private OutboxRecord record(String key, EventPayload payload) {
            EventEnvelope cause = this.cause.envelope();
            EventEnvelope envelope = EventEnvelope.of(nextId(), cause.tenantId(), now, cause.correlationId(),
                    cause.eventId(), payload);
            return new OutboxRecord(EventTypes.of(payload.getClass()).topic(), key, envelope.type(),
                    new String(codec.encode(envelope), StandardCharsets.UTF_8));
        }

        List<OutboxRecord> all() {
            return List.copyOf(all);
        }
    }
}
