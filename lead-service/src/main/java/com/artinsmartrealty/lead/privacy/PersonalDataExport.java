package com.artinsmartrealty.lead.privacy;

import com.artinsmartrealty.lead.leads.LeadReads;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Everything lead-service keeps about one lead, for a data subject access request. */
record PersonalDataExport(Instant exportedAt, Person person, Wishes wishes, Activity activity, String status,
                          UUID assignedAgentId, List<Change> statusHistory, List<NoteEntry> notes) {

    static PersonalDataExport of(LeadReads.LeadDetails details, Instant now) {
        var lead = details.lead().lead();
        var contact = lead.contact();
        var profile = lead.profile();
        var engagement = lead.engagement();
        return new PersonalDataExport(now,
                new Person(lead.id(), contact.displayName(), contact.phone(), contact.language(),
                        contact.channel() == null ? null : contact.channel().wireName(), contact.chatId(),
                        contact.source()),
                new Wishes(profile.goal() == null ? null : profile.goal().name(), profile.budgetMin(),
                        profile.budgetMax(), profile.currency(),
                        profile.propertyType() == null ? null : profile.propertyType().name(),
                        profile.transaction() == null ? null : profile.transaction().name(), profile.area(),
                        profile.bedrooms()),
                new Activity(lead.createdAt(), engagement.lastActivityAt(), engagement.voiceTranscript(),
                        engagement.voiceNotes(), engagement.appointmentRequestedAt(),
                        engagement.conversationCompletedAt()),
                lead.status().name(), lead.assignedAgentId(),
                details.history().stream().map(change -> new Change(
                        change.from() == null ? null : change.from().name(), change.to().name(), change.cause(),
                        change.reason(), change.at())).toList(),
                details.notes().stream().map(note -> new NoteEntry(note.body(), note.createdAt())).toList());
    }

    record Person(UUID leadId, String name, String phone, String language, String channel, String chatId,
                  String source) {
    }

    record Wishes(String goal, Long budgetMin, Long budgetMax, String currency, String propertyType,
                  String transaction, String area, Integer bedrooms) {
    }

    record Activity(Instant firstContact, Instant lastActivity, String voiceTranscript, int voiceNotes,
                    Instant appointmentRequestedAt, Instant conversationCompletedAt) {
    }

    record Change(String from, String to, String cause, String reason, Instant at) {
    }

    record NoteEntry(String body, Instant createdAt) {
    }
}
