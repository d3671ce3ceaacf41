package com.artinsmartrealty.lead.leads;

import java.time.Instant;

/**
 * How the lead has engaged with the bot.
 *
 * @param voiceTranscript the latest voice note, transcribed (personal data)
 */
public record Engagement(String voiceTranscript, int voiceNotes, Instant appointmentRequestedAt,
                         Instant conversationCompletedAt, Instant lastActivityAt) {

    public static Engagement startingAt(Instant at) {
        return new Engagement(null, 0, null, null, at);
    }

    Engagement touched(Instant at) {
        Instant latest = lastActivityAt == null || at.isAfter(lastActivityAt) ? at : lastActivityAt;
        return new Engagement(voiceTranscript, voiceNotes, appointmentRequestedAt, conversationCompletedAt, latest);
    }

    Engagement withVoice(String transcript) {
        return new Engagement(transcript, voiceNotes + 1, appointmentRequestedAt, conversationCompletedAt,
                lastActivityAt);
    }

    Engagement withAppointmentRequested(Instant at) {
        return new Engagement(voiceTranscript, voiceNotes, appointmentRequestedAt == null ? at : appointmentRequestedAt,
                conversationCompletedAt, lastActivityAt);
    }

    Engagement withConversationCompleted(Instant at) {
        return new Engagement(voiceTranscript, voiceNotes, appointmentRequestedAt,
                conversationCompletedAt == null ? at : conversationCompletedAt, lastActivityAt);
    }
}
