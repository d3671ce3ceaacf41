package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.slots.Profile;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A conversation as the state machine sees it. Changed only by {@link #evolve}, so folding the
 * conversation's events from {@link #initial()} gives the same state.
 *
 * @param language       BCP 47 tag of the language the bot speaks in this chat
 * @param source         the deep-link payload the conversation started with, or null
 * @param qualified      every required slot has been filled at least once
 * @param askedSlot      the slot the bot asked for and is waiting for, with {@code askedAt}
 * @param phone          the captured phone number (E.164), or null
 * @param offeredPhone   the channel's number offered for one-tap confirmation, or null
 * @param listings       the listings last shown for the lead's profile
 * @param deferredPhoto  a photo sent during qualification, looked at later
 * @param offeredSlots   the viewing times offered, in button order
 * @param viewing        the booked viewing, or null
 * @param agentId        the agent who took the chat over, or null
 */
public record ConversationState(Stage stage, String language, LanguageSource languageSource, String source,
                                Profile profile, boolean qualified, Slot askedSlot, Instant askedAt,
                                String phone, String offeredPhone, List<ShownListing> listings,
                                Media deferredPhoto, List<OfferedSlot> offeredSlots, BookedViewing viewing,
                                UUID agentId) {

    public ConversationState {
        profile = profile == null ? Profile.empty() : profile;
        languageSource = languageSource == null ? LanguageSource.DETECTED : languageSource;
        listings = listings == null ? List.of() : List.copyOf(listings);
        offeredSlots = offeredSlots == null ? List.of() : List.copyOf(offeredSlots);
    }

    public static ConversationState initial() {
        return new ConversationState(new Stage.Start(), "en", LanguageSource.DEFAULT, null, Profile.empty(), false,
                null, null, null, null, List.of(), null, List.of(), null, null);
    }

    public ConversationState evolve(ConversationEvent event) {
        return switch (event) {
            case ConversationEvent.ConversationStarted started -> new Builder(this)
                    .language(started.language(), started.languageSource()).source(started.source()).build();
            case ConversationEvent.StageEntered entered -> new Builder(this).stage(entered.stage()).build();
            case ConversationEvent.LanguageSet set -> new Builder(this)
                    .language(set.language(), set.languageSource()).build();
            case ConversationEvent.SlotAsked asked -> new Builder(this).asked(asked.slot(), asked.at()).build();
            case ConversationEvent.ProfileUpdated updated -> {
                Builder next = new Builder(this).profile(updated.profile());
                if (askedSlot != null && updated.changed().contains(askedSlot) && updated.profile().has(askedSlot)) {
                    next.asked(null, null);
                }
                yield next.build();
            }
            case ConversationEvent.Qualified qualifiedEvent -> new Builder(this).qualified(true).build();
            case ConversationEvent.ListingsShown shown -> shown.purpose() == MatchPurpose.PROFILE
                    ? new Builder(this).listings(shown.listings()).build() : this;
            case ConversationEvent.PhoneConfirmationOffered offered -> new Builder(this)
                    .offeredPhone(offered.phone()).build();
            case ConversationEvent.PhoneCaptured captured -> new Builder(this).phone(captured.phone())
                    .offeredPhone(null).build();
            case ConversationEvent.VoiceTranscribed transcribed -> this;
            case ConversationEvent.PhotoDeferred deferred -> new Builder(this).deferredPhoto(deferred.photo()).build();
            case ConversationEvent.PhotoAnalysed analysed -> new Builder(this).deferredPhoto(null).build();
            case ConversationEvent.ViewingRequested requested -> this;
            case ConversationEvent.SlotsOffered offered -> new Builder(this).offeredSlots(offered.slots()).build();
            case ConversationEvent.ViewingBooked booked -> new Builder(this).viewing(booked.viewing())
                    .offeredSlots(List.of()).build();
            case ConversationEvent.SessionResumed resumed -> this;
            case ConversationEvent.ConversationRestarted restarted -> new Builder(this).profile(Profile.empty())
                    .qualified(false).asked(null, null).listings(List.of()).deferredPhoto(null)
                    .offeredSlots(List.of()).offeredPhone(null).build();
            case ConversationEvent.HumanRequested requested -> this;
            case ConversationEvent.TakenOver takenOver -> new Builder(this).agentId(takenOver.agentId()).build();
            case ConversationEvent.HandedBack handedBack -> new Builder(this).agentId(null).build();
        };
    }

    /** The state the events lead to from the initial state. */
    public static ConversationState replay(List<ConversationEvent> events) {
        ConversationState state = initial();
        for (ConversationEvent event : events) {
            state = state.evolve(event);
        }
        return state;
    }

    /** The stage the bot works in: during a takeover, the one it resumes at. */
    public Stage workingStage() {
        return stage instanceof Stage.HumanTakeover takeover ? takeover.resumeAt() : stage;
    }

    private static final class Builder {
        private Stage stage;
        private String language;
        private LanguageSource languageSource;
        private String source;
        private Profile profile;
        private boolean qualified;
        private Slot askedSlot;
        private Instant askedAt;
        private String phone;
        private String offeredPhone;
        private List<ShownListing> listings;
        private Media deferredPhoto;
        private List<OfferedSlot> offeredSlots;
        private BookedViewing viewing;
        private UUID agentId;

        Builder(ConversationState state) {
            stage = state.stage;
            language = state.language;
            languageSource = state.languageSource;
            source = state.source;
            profile = state.profile;
            qualified = state.qualified;
            askedSlot = state.askedSlot;
            askedAt = state.askedAt;
            phone = state.phone;
            offeredPhone = state.offeredPhone;
            listings = state.listings;
            deferredPhoto = state.deferredPhoto;
            offeredSlots = state.offeredSlots;
            viewing = state.viewing;
            agentId = state.agentId;
        }

        Builder stage(Stage value) {
            stage = value;
            return this;
        }

        Builder language(String value, LanguageSource from) {
            language = value;
            languageSource = from;
            return this;
        }

        Builder source(String value) {
            source = value;
            return this;
        }

        Builder profile(Profile value) {
            profile = value;
            return this;
        }

        Builder qualified(boolean value) {
            qualified = value;
            return this;
        }

        Builder asked(Slot slot, Instant at) {
            askedSlot = slot;
            askedAt = at;
            return this;
        }

        Builder phone(String value) {
            phone = value;
            return this;
        }

        Builder offeredPhone(String value) {
            offeredPhone = value;
            return this;
        }

        Builder listings(List<ShownListing> value) {
            listings = value;
            return this;
        }

        Builder deferredPhoto(Media value) {
            deferredPhoto = value;
            return this;
        }

        Builder offeredSlots(List<OfferedSlot> value) {
            offeredSlots = value;
            return this;
        }

        Builder viewing(BookedViewing value) {
            viewing = value;
            return this;
        }

        Builder agentId(UUID value) {
            agentId = value;
            return this;
        }

        ConversationState build() {
            return new ConversationState(stage, language, languageSource, source, profile, qualified, askedSlot,
                    askedAt, phone, offeredPhone, listings, deferredPhoto, offeredSlots, viewing, agentId);
        }
    }
}
