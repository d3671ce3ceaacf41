package com.artinsmartrealty.analytics;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.EventTypes;
import com.artinsmartrealty.contracts.ai.LlmUsageRecorded;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.chat.ChatMessageReceived;
import com.artinsmartrealty.contracts.chat.MessageContent;
import com.artinsmartrealty.contracts.chat.ReplyComposed;
import com.artinsmartrealty.contracts.conversation.ConversationSlotTimed;
import com.artinsmartrealty.contracts.conversation.ConversationStateChanged;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.LeadAssigned;
import com.artinsmartrealty.contracts.lead.LeadConversationCompleted;
import com.artinsmartrealty.contracts.lead.LeadCreated;
import com.artinsmartrealty.contracts.lead.LeadPhoneCaptured;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.contracts.lead.LeadQualified;
import com.artinsmartrealty.contracts.lead.LeadStatusChanged;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.contracts.tenant.TenantRegistered;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A scripted agency whose funnel is known in advance: ten leads, of which seven qualify, five give a
 * phone number, three book a viewing and two complete; every event as the services publish it, on
 * its topic with its record key.
 */
final class FunnelScenario {

    /** An event with the topic and key it travels under. */
    record Published(String topic, String key, EventEnvelope event) {
    }

    static final int LEADS = 10;
    static final int QUALIFIED = 7;
    static final int PHONES = 5;
    static final int VIEWINGS = 3;
    static final int COMPLETED = 2;
    static final long SLOT_FILLING_MILLIS = 35_000;
    static final long FIRST_REPLY_MILLIS = 1_500;
    static final long[] LLM_COSTS = {1_000, 2_000, 3_000, 4_000};
    static final long PRICE = 49_900;

    final UUID tenant = UUID.randomUUID();
    final String slug = "it-" + tenant.toString().substring(0, 8);
    final UUID agentLayla = UUID.randomUUID();
    final UUID agentOmid = UUID.randomUUID();
    final List<UUID> leads = new ArrayList<>();
    private final Instant base;
    private long tick;

    FunnelScenario(Instant base) {
        this.base = base;
        for (int i = 0; i < LEADS; i++) {
            leads.add(UUID.randomUUID());
        }
    }

    static Channel channelOf(int lead) {
        return lead < 6 ? Channel.WEBCHAT : Channel.TELEGRAM;
    }

    static String languageOf(int lead) {
        return lead < 4 ? "en" : lead < 7 ? "fa" : lead < 9 ? "ar" : "ru";
    }

    /** Where each lead's conversation ends up. */
    static String finalStateOf(int lead) {
        return switch (lead) {
            case 0, 1 -> "COMPLETED";
            case 2 -> "HANDOFF_SCHEDULE";
            case 3, 4 -> "ENGAGEMENT";
            case 5, 6 -> "HARD_GATE";
            case 7, 8 -> "WARMUP";
            default -> "SLOT_FILLING";
        };
    }

    List<Published> events() {
        List<Published> events = new ArrayList<>();
        events.add(tenantEvent(new TenantRegistered(slug, "Scripted Realty", "growth", PRICE, "USD", "Asia/Dubai")));
        events.add(tenantEvent(new UserUpserted(agentLayla, "agent", "Layla", true)));
        events.add(tenantEvent(new UserUpserted(agentOmid, "agent", "Omid", true)));
        for (int i = 0; i < LEADS; i++) {
            events.addAll(leadJourney(i));
        }
        for (long cost : LLM_COSTS) {
            events.add(new Published(EventTypes.of(LlmUsageRecorded.class).topic(),
                    new AggregateKey(tenant, tenant).value(),
                    envelope(new LlmUsageRecorded("offline", "offline-1", "reply", 100, 50, cost, leads.getFirst()))));
        }
        return events;
    }

    private List<Published> leadJourney(int i) {
        UUID lead = leads.get(i);
        Channel channel = channelOf(i);
        String chatId = "chat-" + lead;
        ChatKey chat = new ChatKey(tenant, channel, chatId);
        String leadKey = new AggregateKey(tenant, lead).value();
        List<Published> events = new ArrayList<>();
        Instant inbound = next();
        events.add(new Published(topic(ChatMessageReceived.class), chat.value(), envelope(inbound,
                new ChatMessageReceived(channel, chatId, "m-" + i, null, new MessageContent.Text("hi"), false, inbound))));
        events.add(new Published(topic(ReplyComposed.class), chat.value(),
                envelope(inbound.plusMillis(FIRST_REPLY_MILLIS), new ReplyComposed(UUID.randomUUID(), channel, chatId,
                        languageOf(i), ReplyComposed.Author.BOT, "Welcome", List.of(), List.of(), false))));
        LeadCreated created = new LeadCreated(lead, channel, chatId, "Visitor " + i, languageOf(i), null);
        LeadQualified qualified = new LeadQualified(lead, 3, new LeadProfile(Goal.INVESTMENT, 1_000_000L,
                2_000_000L, "AED", PropertyType.APARTMENT, Transaction.BUY, null, null));
        if (i == 6) {
            // Facts may arrive before the lead's creation; the funnel must not care.
            events.add(new Published(topic(LeadQualified.class), leadKey, envelope(qualified)));
        }
        events.add(new Published(topic(LeadCreated.class), leadKey, envelope(created)));
        List<String> path = new ArrayList<>(List.of("WARMUP"));
        if (i != 7 && i != 8) {
            path.add("SLOT_FILLING");
        }
        if (i < QUALIFIED) {
            path.addAll(List.of("VALUE_PROPOSITION", "HARD_GATE"));
        }
        if (i < PHONES) {
            path.add("ENGAGEMENT");
        }
        if (i < VIEWINGS) {
            path.add("HANDOFF_SCHEDULE");
        }
        if (i < COMPLETED) {
            path.add("COMPLETED");
        }
        String from = null;
        for (String to : path) {
            if ("VALUE_PROPOSITION".equals(to)) {
                events.add(slotTimed(lead, leadKey, Slot.BUDGET, 20_000));
                events.add(slotTimed(lead, leadKey, Slot.PROPERTY_TYPE, 10_000));
                events.add(slotTimed(lead, leadKey, Slot.TRANSACTION, 5_000));
                if (i != 6) {
                    events.add(new Published(topic(LeadQualified.class), leadKey, envelope(qualified)));
                }
            }
            if ("ENGAGEMENT".equals(to)) {
                events.add(new Published(topic(LeadPhoneCaptured.class), leadKey, envelope(new LeadPhoneCaptured(lead,
                        5, "+97150123456" + i, LeadPhoneCaptured.Method.TYPED))));
            }
            if ("COMPLETED".equals(to)) {
                events.add(new Published(topic(LeadConversationCompleted.class), leadKey,
                        envelope(new LeadConversationCompleted(lead, 9))));
            }
            events.add(new Published(topic(ConversationStateChanged.class), leadKey, envelope(
                    new ConversationStateChanged(lead, channel, chatId, from, to, languageOf(i)))));
            from = to;
        }
        if (i < VIEWINGS) {
            UUID appointment = UUID.randomUUID();
            UUID agent = i < 2 ? agentLayla : agentOmid;
            Instant start = base.plus(Duration.ofDays(2));
            events.add(new Published(topic(AppointmentBooked.class), new AggregateKey(tenant, appointment).value(),
                    envelope(new AppointmentBooked(appointment, lead, agent, start, start.plusSeconds(3600),
                            "Asia/Dubai", channel, chatId, languageOf(i)))));
        }
        events.addAll(assignments(i, lead, leadKey));
        return events;
    }

    /** Leads 0-3 go to Layla, 4-5 to Omid; Layla closes lead 0 after 60 s and contacts lead 1 after 120 s,
     * Omid closes lead 4 after 30 s. */
    private List<Published> assignments(int i, UUID lead, String leadKey) {
        if (i > 5) {
            return List.of();
        }
        UUID agent = i < 4 ? agentLayla : agentOmid;
        Instant assigned = next();
        List<Published> events = new ArrayList<>();
        events.add(new Published(topic(LeadAssigned.class), leadKey, envelope(assigned,
                new LeadAssigned(lead, agent, null))));
        LeadStatusChanged.Status status = switch (i) {
            case 0, 4 -> LeadStatusChanged.Status.CLOSED_WON;
            case 1 -> LeadStatusChanged.Status.CONTACTED;
            default -> null;
        };
        if (status != null) {
            long after = i == 0 ? 60 : i == 1 ? 120 : 30;
            events.add(new Published(topic(LeadStatusChanged.class), leadKey, envelope(assigned.plusSeconds(after),
                    new LeadStatusChanged(lead, LeadStatusChanged.Status.QUALIFIED, status, agent))));
        }
        return events;
    }

    private Published slotTimed(UUID conversation, String key, Slot slot, long millis) {
        return new Published(topic(ConversationSlotTimed.class), key,
                envelope(new ConversationSlotTimed(conversation, slot, millis)));
    }

    private Published tenantEvent(EventPayload payload) {
        return new Published(topic(payload.getClass()), new AggregateKey(tenant, tenant).value(), envelope(payload));
    }

    private Instant next() {
        return base.plusMillis(10 * ++tick);
    }

    private EventEnvelope envelope(EventPayload payload) {
        return envelope(next(), payload);
    }

    private EventEnvelope envelope(Instant at, EventPayload payload) {
        return EventEnvelope.of(UUID.randomUUID(), tenant, at, "scenario-" + tenant, null, payload);
    }

    private static String topic(Class<? extends EventPayload> type) {
        return EventTypes.of(type).topic();
    }
}
