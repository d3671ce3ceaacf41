package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.lead.leads.LeadReads;
import com.artinsmartrealty.lead.leads.Note;
import com.artinsmartrealty.lead.leads.ScoreFactor;
import com.artinsmartrealty.lead.leads.StatusChange;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A lead with everything the detail page shows: its score as of now with the factors, its voice
 * transcript, engagement, status history, notes and the conversation it came from.
 */
public record LeadDetailView(@JsonUnwrapped LeadView lead, List<ScoreFactor> scoreFactors, String voiceTranscript,
                             int voiceNotes, Instant appointmentRequestedAt, Instant conversationCompletedAt,
                             List<HistoryEntry> history, List<NoteView> notes, ConversationLink conversation) {

    static LeadDetailView of(LeadReads.LeadDetails details) {
        var lead = details.lead().lead();
        LeadView view = LeadView.of(details.lead());
        LeadView rescored = new LeadView(view.id(), view.status(), view.name(), view.phone(), view.language(),
                view.channel(), view.chatId(), view.source(), view.goal(), view.budgetMin(), view.budgetMax(),
                view.currency(), view.propertyType(), view.transaction(), view.area(), view.bedrooms(),
                view.agentId(), view.agentName(), details.score().total(), view.createdAt(), view.updatedAt(),
                view.lastActivityAt());
        var engagement = lead.engagement();
        return new LeadDetailView(rescored, details.score().factors(), engagement.voiceTranscript(),
                engagement.voiceNotes(), engagement.appointmentRequestedAt(), engagement.conversationCompletedAt(),
                details.history().stream().map(HistoryEntry::of).toList(),
                details.notes().stream().map(NoteView::of).toList(),
                new ConversationLink(lead.id(), "/api/conversations/" + lead.id()));
    }

    /** One status move. {@code changedBy} is null when the platform moved the lead. */
    public record HistoryEntry(String from, String to, UUID changedBy, String cause, String reason, Instant at) {

        static HistoryEntry of(StatusChange change) {
            return new HistoryEntry(change.from() == null ? null : change.from().name(), change.to().name(),
                    change.changedBy(), change.cause(), change.reason(), change.at());
        }
    }

    public record NoteView(UUID id, UUID authorId, String body, Instant createdAt) {

        static NoteView of(Note note) {
            return new NoteView(note.id(), note.authorId(), note.body(), note.createdAt());
        }
    }

    /** The conversation the lead came from (its id is the lead's id). */
    public record ConversationLink(UUID id, String href) {
    }
}
