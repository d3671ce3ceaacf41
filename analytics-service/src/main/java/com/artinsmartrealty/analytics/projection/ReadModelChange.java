package com.artinsmartrealty.analytics.projection;

import com.artinsmartrealty.contracts.Channel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One change an event makes to the read models. Every change is safe to apply in any order relative
 * to changes of other topics: stages keep their first time, states keep the latest, sums add up.
 */
public sealed interface ReadModelChange {

    /** A lead began talking to the bot. */
    record LeadStarted(UUID leadId, Channel channel, String chatId, String language, Instant at)
            implements ReadModelChange {
    }

    /** A lead reached a stage of the funnel (the first time counts). */
    record LeadReached(UUID leadId, Milestone milestone, Instant at) implements ReadModelChange {
    }

    /** The conversation switched language; the highest revision wins. */
    record LeadLanguage(UUID leadId, String language, long revision) implements ReadModelChange {
    }

    record LeadAssignedTo(UUID leadId, UUID agentId, Instant at) implements ReadModelChange {
    }

    /** The lead's sales status changed; {@code changedBy} is the user, or null for the platform. */
    record LeadStatusSet(UUID leadId, String status, UUID changedBy, Instant at) implements ReadModelChange {
    }

    /** An agent took the lead's chat over or replied from the dashboard: the agent is responding. */
    record AgentActed(UUID leadId, UUID agentId, Instant at) implements ReadModelChange {
    }

    /** The lead's personal data was erased: the read models forget its chat. */
    record LeadForgotten(UUID leadId, Channel channel, String chatId) implements ReadModelChange {
    }

    /** A conversation moved to {@code to}; {@code from} is null when it began. */
    record ConversationMoved(UUID conversationId, Channel channel, String chatId, String from, String to,
                             Instant at) implements ReadModelChange {
    }

    record SlotTimed(UUID eventId, UUID conversationId, String slot, long elapsedMillis, Instant at)
            implements ReadModelChange {
    }

    record ChatMessageIn(Channel channel, String chatId, Instant at) implements ReadModelChange {
    }

    record ChatReplyOut(Channel channel, String chatId, Instant at) implements ReadModelChange {
    }

    record AppointmentMade(UUID appointmentId, UUID leadId, UUID agentId, Instant start, Instant at)
            implements ReadModelChange {
    }

    record AppointmentMoved(UUID appointmentId, Instant start) implements ReadModelChange {
    }

    record AppointmentStatusSet(UUID appointmentId, String status) implements ReadModelChange {
    }

    record UserKnown(UUID userId, String role, String displayName, boolean active) implements ReadModelChange {
    }

    record LlmUsed(LocalDate day, String provider, String model, String operation, long inputTokens,
                   long outputTokens, long costMicroUsd) implements ReadModelChange {
    }

    record TenantJoined(UUID eventId, String slug, String name, String plan, long monthlyPriceMinor,
                        String currency, Instant at) implements ReadModelChange {
    }

    record TenantPlanSet(UUID eventId, String plan, long monthlyPriceMinor, String currency, Instant at)
            implements ReadModelChange {
    }

    record TenantStatusSet(UUID eventId, String status, Instant at) implements ReadModelChange {
    }
}
