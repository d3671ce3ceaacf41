package com.artinsmartrealty.analytics.live;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.LeadAppointmentRequested;
import com.artinsmartrealty.contracts.lead.LeadAssigned;
import com.artinsmartrealty.contracts.lead.LeadConversationCompleted;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadErased;
import com.artinsmartrealty.contracts.lead.LeadLanguageChanged;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadSlotsFilled;
import com.artinsmartrealty.contracts.lead.LeadStatusChanged;
import com.artinsmartrealty.contracts.lead.LeadVoiceTranscribed;
import java.time.Instant;
import java.util.UUID;

/**
 * What the dashboard hears about an event of its tenant: the event's type and the ids it concerns,
 * never a message text, name, chat id or phone number. The dashboard refreshes what the type touches.
 *
 * @param leadId         the lead concerned, when the event names one
 * @param conversationId the conversation concerned, when the event names one
 * @param state          the conversation's new state, or the lead's new status
 */
public record LiveUpdate(String type, Instant occurredAt, String channel, UUID leadId, UUID conversationId,
                         String state) {

    /** The update an applied event produces. */
    public static LiveUpdate of(EventEnvelope event) {
        var base = new LiveUpdate(event.type(), event.occurredAt(), null, null, null, null);
        return switch (event.payload()) {
            case LeadCreated created -> base.with(created.channel().wireName(), created.leadId(), null, null);
            case LeadStatusChanged changed -> base.with(null, changed.leadId(), null, changed.to().name());
            case LeadAssigned assigned -> base.with(null, assigned.leadId(), null, null);
            case ConversationStateChanged changed -> base.with(changed.channel().wireName(), null,
                    changed.conversationId(), changed.to());
            case ChatMessageReceived message -> base.with(message.channel().wireName(), null, null, null);
            case ReplyComposed reply -> base.with(reply.channel().wireName(), null, null, null);
            case AppointmentBooked booked -> base.with(null, booked.leadId(), null, null);
            case LeadSlotsFilled filled -> base.with(null, filled.leadId(), null, null);
            case LeadQualified qualified -> base.with(null, qualified.leadId(), null, null);
            case LeadPhoneCaptured captured -> base.with(null, captured.leadId(), null, null);
            case LeadLanguageChanged changed -> base.with(null, changed.leadId(), null, null);
            case LeadVoiceTranscribed transcribed -> base.with(null, transcribed.leadId(), null, null);
            case LeadAppointmentRequested requested -> base.with(null, requested.leadId(), null, null);
            case LeadConversationCompleted completed -> base.with(null, completed.leadId(), null, null);
            case LeadErased erased -> base.with(null, erased.leadId(), null, null);
            default -> base;
        };
    }

    private LiveUpdate with(String channel, UUID leadId, UUID conversationId, String state) {
        return new LiveUpdate(type, occurredAt, channel, leadId, conversationId, state);
    }
}
