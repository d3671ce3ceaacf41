package com.artinsmartrealty.lead.messaging;

import com.artinsmartrealty.contracts.EventPayload;
import com.artinsmartrealty.contracts.appointment.AppointmentBooked;
import com.artinsmartrealty.contracts.appointment.AppointmentRescheduled;
import com.artinsmartrealty.contracts.appointment.AppointmentStatusChanged;
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
import com.artinsmartrealty.lead.leads.LeadFact;
import com.artinsmartrealty.lead.leads.Profile;
import java.util.Optional;
import java.util.UUID;

/** Contract payloads → the facts lead-service applies. Types it publishes itself, or ignores, map to nothing. */
final class FactMapping {

    private FactMapping() {
    }

    /** The lead a payload is about and what it says, when it says anything to lead-service. */
    record LeadFactOf(UUID leadId, LeadFact fact) {
    }

    static Optional<LeadFactOf> of(EventPayload payload) {
        LeadFactOf mapped = switch (payload) {
            case LeadCreated created -> new LeadFactOf(created.leadId(), new LeadFact.Started(created.channel(),
                    created.chatId(), created.displayName(), created.language(), created.source()));
            case LeadSlotsFilled filled -> new LeadFactOf(filled.leadId(),
                    new LeadFact.ProfileKnown(filled.revision(), profile(filled.profile()), false));
            case LeadQualified qualified -> new LeadFactOf(qualified.leadId(),
                    new LeadFact.ProfileKnown(qualified.revision(), profile(qualified.profile()), true));
            case LeadPhoneCaptured phone -> new LeadFactOf(phone.leadId(),
                    new LeadFact.PhoneCaptured(phone.revision(), phone.phoneE164()));
            case LeadLanguageChanged language -> new LeadFactOf(language.leadId(),
                    new LeadFact.LanguageChanged(language.revision(), language.language()));
            case LeadVoiceTranscribed voice -> new LeadFactOf(voice.leadId(),
                    new LeadFact.VoiceTranscribed(voice.revision(), voice.transcript()));
            case LeadAppointmentRequested requested -> new LeadFactOf(requested.leadId(),
                    new LeadFact.AppointmentRequested(requested.revision()));
            case LeadConversationCompleted completed -> new LeadFactOf(completed.leadId(),
                    new LeadFact.ConversationCompleted(completed.revision()));
            case AppointmentBooked booked when booked.leadId() != null -> new LeadFactOf(booked.leadId(),
                    new LeadFact.ViewingBooked(booked.appointmentId(), booked.agentId()));
            case AppointmentStatusChanged changed when changed.leadId() != null
                    && (changed.status() == AppointmentStatusChanged.Status.CANCELLED
                    || changed.status() == AppointmentStatusChanged.Status.NO_SHOW) ->
                    new LeadFactOf(changed.leadId(), new LeadFact.ViewingCancelled(changed.appointmentId(),
                            changed.status() == AppointmentStatusChanged.Status.NO_SHOW
                                    ? "viewing missed" : "viewing cancelled"));
            // Published by lead-service itself, or no change to the lead.
            case LeadStatusChanged ignored -> null;
            case LeadAssigned ignored -> null;
            case LeadErased ignored -> null;
            case AppointmentRescheduled ignored -> null;
            default -> null;
        };
        return Optional.ofNullable(mapped);
    }

    static Profile profile(LeadProfile profile) {
        return new Profile(profile.goal(), profile.budgetMin(), profile.budgetMax(),
                profile.currency() == null ? null : profile.currency().toUpperCase(java.util.Locale.ROOT),
                profile.propertyType(), profile.transaction(), profile.area(), profile.bedrooms());
    }
}
