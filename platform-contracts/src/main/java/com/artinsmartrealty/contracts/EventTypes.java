package com.artinsmartrealty.contracts;

import com.artinsmartrealty.contracts.ai.LlmUsageRecorded;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
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
import java.util.List;
import java.util.Optional;

/** The registry of payload types: wire name, version, record class and the topic that carries it. */
public final class EventTypes {

    /** One registered payload type. */
    public record EventType(String name, int version, Class<? extends EventPayload> payloadClass, String topic) {
    }

    private static final List<EventType> ALL = List.of(
            new EventType("chat.message.received", 1, ChatMessageReceived.class, Topics.CHAT_INBOUND),
            new EventType("chat.agent.action.requested", 1, AgentActionRequested.class, Topics.CHAT_INBOUND),
            new EventType("chat.reply.composed", 1, ReplyComposed.class, Topics.CHAT_OUTBOUND),
            new EventType("conversation.state.changed", 1, ConversationStateChanged.class,
                    Topics.CONVERSATION_EVENTS),
            new EventType("conversation.slot.timed", 1, ConversationSlotTimed.class, Topics.CONVERSATION_EVENTS),
            new EventType("lead.created", 1, LeadCreated.class, Topics.LEAD_EVENTS),
            new EventType("lead.slots.filled", 1, LeadSlotsFilled.class, Topics.LEAD_EVENTS),
            new EventType("lead.qualified", 1, LeadQualified.class, Topics.LEAD_EVENTS),
            new EventType("lead.phone.captured", 1, LeadPhoneCaptured.class, Topics.LEAD_EVENTS),
            new EventType("lead.language.changed", 1, LeadLanguageChanged.class, Topics.LEAD_EVENTS),
            new EventType("lead.voice.transcribed", 1, LeadVoiceTranscribed.class, Topics.LEAD_EVENTS),
            new EventType("lead.appointment.requested", 1, LeadAppointmentRequested.class, Topics.LEAD_EVENTS),
            new EventType("lead.conversation.completed", 1, LeadConversationCompleted.class, Topics.LEAD_EVENTS),
            new EventType("lead.status.changed", 1, LeadStatusChanged.class, Topics.LEAD_EVENTS),
            new EventType("lead.assigned", 1, LeadAssigned.class, Topics.LEAD_EVENTS),
            new EventType("lead.erased", 1, LeadErased.class, Topics.LEAD_EVENTS),
            new EventType("appointment.booked", 1, AppointmentBooked.class, Topics.APPOINTMENT_EVENTS),
            new EventType("appointment.rescheduled", 1, AppointmentRescheduled.class, Topics.APPOINTMENT_EVENTS),
            new EventType("appointment.status.changed", 1, AppointmentStatusChanged.class,
                    Topics.APPOINTMENT_EVENTS),
            new EventType("ai.usage.recorded", 1, LlmUsageRecorded.class, Topics.AI_USAGE),
            new EventType("tenant.registered", 1, TenantRegistered.class, Topics.TENANT_EVENTS),
            new EventType("tenant.plan.changed", 1, TenantPlanChanged.class, Topics.TENANT_EVENTS),
            new EventType("tenant.status.changed", 1, TenantStatusChanged.class, Topics.TENANT_EVENTS),
            new EventType("tenant.user.upserted", 1, UserUpserted.class, Topics.TENANT_EVENTS));

    private EventTypes() {
    }

    public static List<EventType> all() {
        return ALL;
    }

    /** The registration of a payload class; every payload class must have one. */
    public static EventType of(Class<? extends EventPayload> payloadClass) {
        return ALL.stream()
                .filter(type -> type.payloadClass().equals(payloadClass))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unregistered payload " + payloadClass.getName()));
    }

    /** The registration of a wire name, if it is known. */
    public static Optional<EventType> named(String name) {
        return ALL.stream().filter(type -> type.name().equals(name)).findFirst();
    }
}
