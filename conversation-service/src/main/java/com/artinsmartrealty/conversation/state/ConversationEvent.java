package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.slots.Profile;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * What happened in a conversation. Slots and stages change only through these; folding a conversation's
 * events from the initial state rebuilds it. Wire names are explicit: the log outlives class names.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ConversationEvent.ConversationStarted.class, name = "started"),
        @JsonSubTypes.Type(value = ConversationEvent.StageEntered.class, name = "stageEntered"),
        @JsonSubTypes.Type(value = ConversationEvent.LanguageSet.class, name = "languageSet"),
        @JsonSubTypes.Type(value = ConversationEvent.SlotAsked.class, name = "slotAsked"),
        @JsonSubTypes.Type(value = ConversationEvent.ProfileUpdated.class, name = "profileUpdated"),
        @JsonSubTypes.Type(value = ConversationEvent.Qualified.class, name = "qualified"),
        @JsonSubTypes.Type(value = ConversationEvent.ListingsShown.class, name = "listingsShown"),
        @JsonSubTypes.Type(value = ConversationEvent.PhoneConfirmationOffered.class, name = "phoneOffered"),
        @JsonSubTypes.Type(value = ConversationEvent.PhoneCaptured.class, name = "phoneCaptured"),
        @JsonSubTypes.Type(value = ConversationEvent.VoiceTranscribed.class, name = "voiceTranscribed"),
        @JsonSubTypes.Type(value = ConversationEvent.PhotoDeferred.class, name = "photoDeferred"),
        @JsonSubTypes.Type(value = ConversationEvent.PhotoAnalysed.class, name = "photoAnalysed"),
        @JsonSubTypes.Type(value = ConversationEvent.ViewingRequested.class, name = "viewingRequested"),
        @JsonSubTypes.Type(value = ConversationEvent.SlotsOffered.class, name = "slotsOffered"),
        @JsonSubTypes.Type(value = ConversationEvent.ViewingBooked.class, name = "viewingBooked"),
        @JsonSubTypes.Type(value = ConversationEvent.SessionResumed.class, name = "sessionResumed"),
        @JsonSubTypes.Type(value = ConversationEvent.ConversationRestarted.class, name = "restarted"),
        @JsonSubTypes.Type(value = ConversationEvent.HumanRequested.class, name = "humanRequested"),
        @JsonSubTypes.Type(value = ConversationEvent.TakenOver.class, name = "takenOver"),
        @JsonSubTypes.Type(value = ConversationEvent.HandedBack.class, name = "handedBack")
})
public sealed interface ConversationEvent {

    /**
     * The first message arrived.
     *
     * @param source the deep-link payload the conversation started with, or null
     */
    record ConversationStarted(String language, LanguageSource languageSource, String source)
            implements ConversationEvent {
    }

    /** The conversation moved to another stage. */
    record StageEntered(Stage stage) implements ConversationEvent {
    }

    /** The conversation's language changed. */
    record LanguageSet(String language, LanguageSource languageSource) implements ConversationEvent {
    }

    /** The bot asked for a slot; the time is kept to measure how long it takes to fill. */
    record SlotAsked(Slot slot, Instant at) implements ConversationEvent {
    }

    /** Slots were filled, corrected or emptied; {@code profile} is the whole profile after it. */
    record ProfileUpdated(Profile profile, Set<Slot> changed) implements ConversationEvent {
        public ProfileUpdated {
            changed = changed.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(changed));
        }
    }

    /** Every required slot is filled for the first time. */
    record Qualified(Profile profile) implements ConversationEvent {
    }

    /** Listings were shown. */
    record ListingsShown(List<ShownListing> listings, Fit fit, MatchPurpose purpose) implements ConversationEvent {
        public ListingsShown {
            listings = List.copyOf(listings);
        }
    }

    /** The number the channel vouches for was offered for one-tap confirmation. */
    record PhoneConfirmationOffered(String phone) implements ConversationEvent {
    }

    /** A valid phone number (E.164) was captured. */
    record PhoneCaptured(String phone, PhoneMethod method) implements ConversationEvent {
    }

    /** A voice note was transcribed. */
    record VoiceTranscribed(String transcript, String language) implements ConversationEvent {
    }

    /** A photo arrived before the bot could look at it; it is looked at once the lead is qualified. */
    record PhotoDeferred(Media photo) implements ConversationEvent {
    }

    /** A photo was looked at; {@code readable} is false when it could not be read. */
    record PhotoAnalysed(boolean readable, String description, PropertyType propertyType, Integer bedrooms)
            implements ConversationEvent {
    }

    /** The lead asked to meet or view. */
    record ViewingRequested() implements ConversationEvent {
    }

    /** Viewing times were offered, held for this chat until {@code heldUntil}. */
    record SlotsOffered(List<OfferedSlot> slots, Instant heldUntil) implements ConversationEvent {
        public SlotsOffered {
            slots = List.copyOf(slots);
        }
    }

    /** A viewing was booked. */
    record ViewingBooked(BookedViewing viewing) implements ConversationEvent {
    }

    /** The user came back after the session had expired; the bot welcomed them back. */
    record SessionResumed() implements ConversationEvent {
    }

    /** The user started over with /restart: slots are cleared, the language, source and phone kept. */
    record ConversationRestarted() implements ConversationEvent {
    }

    /** The user asked for a person. */
    record HumanRequested() implements ConversationEvent {
    }

    /** An agent took the chat over. */
    record TakenOver(UUID agentId) implements ConversationEvent {
    }

    /** The agent handed the chat back to the bot. */
    record HandedBack(UUID agentId) implements ConversationEvent {
    }
}
