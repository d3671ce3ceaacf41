package com.artinsmartrealty.analytics.projection;

import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.ai.LlmUsageRecorded;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.conversation.ConversationSlotTimed;
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
import com.artinsmartrealty.contracts.tenant.TenantPlanChanged;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.TenantStatusChanged;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * What each event means for the read models: a pure function from an envelope to the changes it
 * makes. Events the read models do not use map to no change (they are still marked applied, so a
 * rebuild after they become useful picks them up).
 */
public final class Projection {

    private Projection() {
    }

    public static List<ReadModelChange> changesOf(EventEnvelope event) {
        var at = event.occurredAt();
        EventPayload payload = event.payload();
        return switch (payload) {
            case ChatMessageReceived message -> List.of(
                    new ReadModelChange.ChatMessageIn(message.channel(), message.chatId(), at));
            case ReplyComposed reply -> List.of(new ReadModelChange.ChatReplyOut(reply.channel(), reply.chatId(), at));
            // A takeover or a reply is the agent's response; handing back is not.
            case AgentActionRequested action -> action.action() == AgentActionRequested.Action.HANDBACK ? List.of()
                    : List.of(new ReadModelChange.AgentActed(action.conversationId(), action.agentId(), at));
            case ConversationStateChanged changed -> List.of(new ReadModelChange.ConversationMoved(
                    changed.conversationId(), changed.channel(), changed.chatId(), changed.from(), changed.to(), at));
            case ConversationSlotTimed timed -> List.of(new ReadModelChange.SlotTimed(event.eventId(),
                    timed.conversationId(), timed.slot().name().toLowerCase(java.util.Locale.ROOT),
                    timed.elapsedMillis(), at));
            case LeadCreated created -> List.of(new ReadModelChange.LeadStarted(created.leadId(), created.channel(),
                    created.chatId(), created.language(), at));
            case LeadQualified qualified -> List.of(
                    new ReadModelChange.LeadReached(qualified.leadId(), Milestone.QUALIFIED, at));
            case LeadPhoneCaptured captured -> List.of(
                    new ReadModelChange.LeadReached(captured.leadId(), Milestone.PHONE_CAPTURED, at));
            case LeadConversationCompleted completed -> List.of(
                    new ReadModelChange.LeadReached(completed.leadId(), Milestone.COMPLETED, at));
            case LeadLanguageChanged changed -> List.of(
                    new ReadModelChange.LeadLanguage(changed.leadId(), changed.language(), changed.revision()));
            case LeadAssigned assigned -> List.of(
                    new ReadModelChange.LeadAssignedTo(assigned.leadId(), assigned.agentId(), at));
            case LeadStatusChanged changed -> List.of(new ReadModelChange.LeadStatusSet(changed.leadId(),
                    changed.to().name(), changed.changedBy(), at));
            case LeadErased erased -> List.of(
                    new ReadModelChange.LeadForgotten(erased.leadId(), erased.channel(), erased.chatId()));
            case LeadSlotsFilled filled -> List.of();
            case LeadVoiceTranscribed transcribed -> List.of();
            case LeadAppointmentRequested requested -> List.of();
            case AppointmentBooked booked -> booked.leadId() == null
                    ? List.of(new ReadModelChange.AppointmentMade(booked.appointmentId(), null, booked.agentId(),
                            booked.start(), at))
                    : List.of(new ReadModelChange.AppointmentMade(booked.appointmentId(), booked.leadId(),
                                    booked.agentId(), booked.start(), at),
                            new ReadModelChange.LeadReached(booked.leadId(), Milestone.VIEWING_BOOKED, at));
            case AppointmentRescheduled moved -> List.of(
                    new ReadModelChange.AppointmentMoved(moved.appointmentId(), moved.start()));
            case AppointmentStatusChanged changed -> List.of(
                    new ReadModelChange.AppointmentStatusSet(changed.appointmentId(), changed.status().name()));
            case LlmUsageRecorded usage -> List.of(new ReadModelChange.LlmUsed(dayOf(event), usage.provider(),
                    usage.model(), usage.operation(), usage.inputTokens(), usage.outputTokens(),
                    usage.costMicroUsd()));
            case TenantRegistered registered -> List.of(new ReadModelChange.TenantJoined(event.eventId(),
                    registered.slug(), registered.name(), registered.plan(), registered.monthlyPriceMinor(),
                    registered.currency(), at));
            case TenantPlanChanged changed -> List.of(new ReadModelChange.TenantPlanSet(event.eventId(),
                    changed.plan(), changed.monthlyPriceMinor(), changed.currency(), at));
            case TenantStatusChanged changed -> List.of(new ReadModelChange.TenantStatusSet(event.eventId(),
                    changed.status().name().toLowerCase(java.util.Locale.ROOT), at));
            case UserUpserted user -> List.of(new ReadModelChange.UserKnown(user.userId(), user.role(),
                    user.displayName(), user.active()));
            // A type added to the contracts later changes nothing until it is projected here.
            default -> List.of();
        };
    }

    /** Days are UTC days: the platform's reports and alerts are not in any one tenant's time zone. */
    static LocalDate dayOf(EventEnvelope event) {
        return LocalDate.ofInstant(event.occurredAt(), ZoneOffset.UTC);
    }
}
