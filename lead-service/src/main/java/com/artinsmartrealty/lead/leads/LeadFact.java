package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.contracts.Channel;
import java.util.UUID;

/**
 * What lead-service learns about a lead from other services: the conversation's facts (each with
 * the conversation revision it was true at, where it has one) and bookings from scheduling.
 */
public sealed interface LeadFact {

    /** A new person started talking to the bot. */
    record Started(Channel channel, String chatId, String displayName, String language, String source)
            implements LeadFact {
    }

    /** The whole profile after a turn; {@code qualified} when every required slot is filled. */
    record ProfileKnown(long revision, Profile profile, boolean qualified) implements LeadFact {
    }

    record PhoneCaptured(long revision, String phoneE164) implements LeadFact {
    }

    record LanguageChanged(long revision, String language) implements LeadFact {
    }

    record VoiceTranscribed(long revision, String transcript) implements LeadFact {
    }

    record AppointmentRequested(long revision) implements LeadFact {
    }

    record ConversationCompleted(long revision) implements LeadFact {
    }

    /** A viewing was booked with an agent. */
    record ViewingBooked(UUID appointmentId, UUID agentId) implements LeadFact {
    }

    /** A booked viewing was cancelled or the lead did not come. */
    record ViewingCancelled(UUID appointmentId, String reason) implements LeadFact {
    }
}
