package com.artinsmartrealty.contracts;

import com.artinsmartrealty.contracts.ai.LlmUsageRecorded;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
import com.artinsmartrealty.contracts.chat.AgentActionRequested;
import com.artinsmartrealty.contracts.chat.Attachment;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MediaRef;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyButton;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.chat.Sender;
import com.artinsmartrealty.contracts.conversation.ConversationSlotTimed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadAppointmentRequested;
import com.artinsmartrealty.contracts.lead.LeadAssigned;
import com.artinsmartrealty.contracts.lead.LeadConversationCompleted;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadErased;
import com.artinsmartrealty.contracts.lead.LeadLanguageChanged;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadSlotsFilled;
import com.artinsmartrealty.contracts.lead.LeadStatusChanged;
import com.artinsmartrealty.contracts.lead.LeadVoiceTranscribed;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.contracts.tenant.TenantPlanChanged;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.TenantStatusChanged;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One example of every payload, with fixed ids and times, shared by the contract tests. */
public final class ContractsMother {

    public static final UUID TENANT = UUID.fromString("7f1c2a4e-0d3b-4c55-9a61-2b8e5f0c9d11");
    public static final UUID LEAD = UUID.fromString("3b9d6f0a-5c21-4e8f-8a7d-1c2e3f4a5b6c");
    public static final UUID AGENT = UUID.fromString("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d");
    public static final UUID APPOINTMENT = UUID.fromString("1d2e3f4a-5b6c-4d7e-8f9a-0b1c2d3e4f5a");
    public static final Instant AT = Instant.parse("2026-03-14T09:26:53Z");
    public static final String CHAT_ID = "123456789";

    private ContractsMother() {
    }

    public static LeadProfile qualifiedProfile() {
        return new LeadProfile(Goal.INVESTMENT, 2_000_000L, 3_000_000L, "AED", PropertyType.VILLA,
                Transaction.BUY, "Dubai Marina", 3);
    }

    public static ChatMessageReceived greetingFromTelegram() {
        return new ChatMessageReceived(Channel.TELEGRAM, CHAT_ID, "815000001",
                new Sender("987654321", "Sara", "sara_dxb", "fa", null),
                new MessageContent.Text("/start campaign-marina"), false, AT);
    }

    public static ReplyComposed warmupGreeting() {
        return new ReplyComposed(UUID.fromString("5e6f7a8b-9c0d-4e1f-a2b3-c4d5e6f7a8b9"), Channel.TELEGRAM,
                CHAT_ID, "en", ReplyComposed.Author.BOT, "Welcome! What brings you to Dubai property?",
                List.of(new ReplyButton("Investment", "goal:investment"),
                        new ReplyButton("Living", "goal:living"),
                        new ReplyButton("Residency", "goal:residency")),
                List.of(new Attachment(Attachment.Kind.DOCUMENT,
                        new MediaRef("media:" + TENANT + "/report-1", "application/pdf", 48_213, "report.pdf"),
                        "Your report")),
                false);
    }

    /** Every payload example, by its wire type name. */
    public static Map<String, EventPayload> payloadsByType() {
        List<EventPayload> payloads = List.of(
                greetingFromTelegram(),
                warmupGreeting(),
                new AgentActionRequested(UUID.fromString("2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"), LEAD,
                        Channel.TELEGRAM, CHAT_ID, AGENT, AgentActionRequested.Action.REPLY,
                        "Hi Sara, this is Omid from Demo Realty."),
                new ConversationStateChanged(LEAD, Channel.TELEGRAM, CHAT_ID, "WARMUP", "SLOT_FILLING", "fa"),
                new ConversationSlotTimed(LEAD, Slot.BUDGET, 12_500),
                new LeadCreated(LEAD, Channel.TELEGRAM, CHAT_ID, "Sara", "fa", "campaign-marina"),
                new LeadSlotsFilled(LEAD, 4, Set.of(Slot.BUDGET, Slot.PROPERTY_TYPE), qualifiedProfile()),
                new LeadQualified(LEAD, 6, qualifiedProfile()),
                new LeadPhoneCaptured(LEAD, 9, "+971501234567", LeadPhoneCaptured.Method.SHARED_CONTACT),
                new LeadLanguageChanged(LEAD, 2, "ar"),
                new LeadVoiceTranscribed(LEAD, 3, "I want a villa in Dubai Marina for about two million", "en"),
                new LeadAppointmentRequested(LEAD, 11),
                new LeadConversationCompleted(LEAD, 14),
                new LeadStatusChanged(LEAD, LeadStatusChanged.Status.QUALIFIED, LeadStatusChanged.Status.CONTACTED,
                        AGENT),
                new LeadAssigned(LEAD, AGENT, null),
                new LeadErased(LEAD, Channel.TELEGRAM, CHAT_ID),
                new AppointmentBooked(APPOINTMENT, LEAD, AGENT, Instant.parse("2026-03-16T06:00:00Z"),
                        Instant.parse("2026-03-16T06:45:00Z"), "Asia/Dubai", Channel.TELEGRAM, CHAT_ID, "fa"),
                new AppointmentRescheduled(APPOINTMENT, LEAD, AGENT, Instant.parse("2026-03-16T06:00:00Z"),
                        Instant.parse("2026-03-17T10:00:00Z"), Instant.parse("2026-03-17T10:45:00Z")),
                new AppointmentStatusChanged(APPOINTMENT, LEAD, AGENT, AppointmentStatusChanged.Status.CANCELLED,
                        "lead asked to cancel"),
                new LlmUsageRecorded("gemini", "gemini-2.5-flash", "understand", 812, 64, 91, LEAD),
                new TenantRegistered("demo", "Demo Realty", "growth", 49_900, "USD", "Asia/Dubai"),
                new TenantPlanChanged("scale", 99_900, "USD"),
                new TenantStatusChanged(TenantStatusChanged.Status.SUSPENDED, "unpaid invoice"),
                new UserUpserted(AGENT, "agent", "Omid Rahimi", true));
        return payloads.stream().collect(Collectors.toMap(p -> EventTypes.of(p.getClass()).name(),
                Function.identity()));
    }

    public static EventEnvelope envelopeOf(EventPayload payload) {
        return EventEnvelope.of(UUID.fromString("c0ffee00-1234-4abc-8def-001122334455"), TENANT, AT,
                "corr-815000001", UUID.fromString("0badf00d-1234-4abc-8def-001122334455"), payload);
    }
}
