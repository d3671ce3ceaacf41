package com.artinsmartrealty.lead.leads;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A lead: a person who talked to a tenant's bot, what they want, and where the agency stands with
 * them. Its id is the id of the conversation it came from. Changes return a new lead; nothing here
 * knows about storage or messaging.
 */
public record Lead(UUID id, UUID tenantId, Contact contact, Profile profile, Engagement engagement,
                   Revisions revisions, LeadStatus status, UUID assignedAgentId, Instant createdAt,
                   Instant updatedAt, Instant erasedAt, long version) {

    public Lead {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(engagement, "engagement");
        Objects.requireNonNull(revisions, "revisions");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
    }

    /** A lead known only by its id: the first fact about it may arrive before the one that starts it. */
    public static Lead first(UUID tenantId, UUID id, Instant at) {
        return new Lead(id, tenantId, Contact.unknown(), Profile.EMPTY, Engagement.startingAt(at), Revisions.NONE,
                LeadStatus.NEW, null, at, at, null, 0);
    }

    public boolean isErased() {
        return erasedAt != null;
    }

    /** The lead once the platform learnt {@code fact} at {@code at}, and the status move it causes. */
    public Applied apply(LeadFact fact, Instant at) {
        if (isErased()) {
            return new Applied(this, Optional.empty());
        }
        Lead touched = with(contact, profile, engagement.touched(at), revisions, at);
        return switch (fact) {
            case LeadFact.Started started -> new Applied(touched.started(started), Optional.empty());
            case LeadFact.ProfileKnown known -> touched.profileKnown(known, at);
            case LeadFact.PhoneCaptured phone -> new Applied(phone.revision() > revisions.phone()
                    ? touched.with(contact.withPhone(phone.phoneE164()), profile, touched.engagement,
                            revisions.withPhone(phone.revision()), at)
                    : this, Optional.empty());
            case LeadFact.LanguageChanged language -> new Applied(language.revision() > revisions.language()
                    ? touched.with(contact.withLanguage(language.language()), profile, touched.engagement,
                            revisions.withLanguage(language.revision()), at)
                    : this, Optional.empty());
            case LeadFact.VoiceTranscribed voice -> new Applied(voice.revision() > revisions.voice()
                    ? touched.with(contact, profile, touched.engagement.withVoice(voice.transcript()),
                            revisions.withVoice(voice.revision()), at)
                    : this, Optional.empty());
            case LeadFact.AppointmentRequested requested -> new Applied(touched.with(contact, profile,
                    touched.engagement.withAppointmentRequested(at), revisions, at), Optional.empty());
            case LeadFact.ConversationCompleted completed -> new Applied(touched.with(contact, profile,
                    touched.engagement.withConversationCompleted(at), revisions, at), Optional.empty());
            case LeadFact.ViewingBooked booked -> touched.viewingBooked(booked, at);
            case LeadFact.ViewingCancelled cancelled -> status == LeadStatus.VIEWING_SCHEDULED
                    ? touched.moved(LeadStatus.CONTACTED, null, StatusChange.BY_APPOINTMENT, cancelled.reason(), at)
                    : new Applied(touched, Optional.empty());
        };
    }

    /**
     * A user moves the lead to {@code to}.
     *
     * @throws IllegalTransitionException when the lifecycle does not allow it
     */
    public Applied changeStatus(LeadStatus to, UUID by, String reason, Instant at) {
        if (!status.canMoveTo(to)) {
            throw new IllegalTransitionException(status, to);
        }
        return moved(to, by, StatusChange.BY_USER, reason, at);
    }

    /** The lead given to {@code agentId}. */
    public Lead assignedTo(UUID agentId, Instant at) {
        return new Lead(id, tenantId, contact, profile, engagement, revisions, status, agentId, createdAt, at,
                erasedAt, version);
    }

    /** The lead with contact details corrected by a user. */
    public Lead withContactDetails(String displayName, String phone, Instant at) {
        Contact corrected = contact;
        if (displayName != null) {
            corrected = corrected.withDisplayName(displayName);
        }
        if (phone != null) {
            corrected = corrected.withPhone(phone);
        }
        return with(corrected, profile, engagement, revisions, at);
    }

    /** The lead without its personal data: what is left serves anonymous statistics only. */
    public Lead erased(Instant at) {
        Engagement anonymous = new Engagement(null, engagement.voiceNotes(), engagement.appointmentRequestedAt(),
                engagement.conversationCompletedAt(), engagement.lastActivityAt());
        return new Lead(id, tenantId, contact.erased(), profile, anonymous, revisions, status, assignedAgentId,
                createdAt, at, at, version);
    }

    private Lead started(LeadFact.Started started) {
        // Only fills what is unknown: a later language change or captured phone stays.
        Contact filled = new Contact(
                contact.channel() != null ? contact.channel() : started.channel(),
                contact.chatId() != null ? contact.chatId() : started.chatId(),
                contact.displayName() != null ? contact.displayName() : started.displayName(),
                contact.phone(),
                revisions.language() >= 0 ? contact.language() : started.language(),
                contact.source() != null ? contact.source() : started.source());
        return with(filled, profile, engagement, revisions, updatedAt);
    }

    private Applied profileKnown(LeadFact.ProfileKnown known, Instant at) {
        Lead next = known.revision() > revisions.profile()
                ? with(contact, known.profile(), engagement, revisions.withProfile(known.revision()), at)
                : this;
        if (known.qualified() && status == LeadStatus.NEW) {
            return next.moved(LeadStatus.QUALIFIED, null, StatusChange.BY_CONVERSATION, null, at);
        }
        return new Applied(next, Optional.empty());
    }

    private Applied viewingBooked(LeadFact.ViewingBooked booked, Instant at) {
        Lead next = assignedAgentId == null ? assignedTo(booked.agentId(), at) : this;
        if (status == LeadStatus.VIEWING_SCHEDULED || !status.canMoveTo(LeadStatus.VIEWING_SCHEDULED)) {
            return new Applied(next, Optional.empty());
        }
        return next.moved(LeadStatus.VIEWING_SCHEDULED, null, StatusChange.BY_APPOINTMENT, null, at);
    }

    private Applied moved(LeadStatus to, UUID by, String cause, String reason, Instant at) {
        Lead next = new Lead(id, tenantId, contact, profile, engagement, revisions, to, assignedAgentId, createdAt,
                at, erasedAt, version);
        return new Applied(next, Optional.of(new StatusChange(id, status, to, by, cause, reason, at)));
    }

    private Lead with(Contact contact, Profile profile, Engagement engagement, Revisions revisions, Instant at) {
        return new Lead(id, tenantId, contact, profile, engagement, revisions, status, assignedAgentId, createdAt,
                at, erasedAt, version);
    }

    /** A lead after a change, and the status move the change made, if any. */
    public record Applied(Lead lead, Optional<StatusChange> statusChange) {
    }
}
