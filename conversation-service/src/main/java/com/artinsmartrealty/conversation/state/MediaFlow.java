package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.conversation.slots.Profile;
import com.artinsmartrealty.conversation.slots.TextReading;

/**
 * Voice notes, photos and anything unexpected. A voice note is transcribed and then read like typed
 * text, so it can fill slots. A photo during qualification is put aside with a friendly word and the
 * pending question again (no zombie state); after qualification it is looked at and similar listings
 * shown. Anything else gets a hint and the pending question.
 */
final class MediaFlow {

    private MediaFlow() {
    }

    static void voice(Decision d, Input.VoiceNote voice) {
        d.call(new Effect.Transcribe(voice.media()));
    }

    static void transcribed(Decision d, Input.Transcribed transcribed) {
        d.apply(new ConversationEvent.VoiceTranscribed(transcribed.transcript(), transcribed.language()));
        String currency = d.context().defaultCurrency();
        TextReading reading = TextReading.of(transcribed.transcript(), currency)
                .withEntities(transcribed.entities(), currency);
        if (transcribed.language() != null && Languages.SUPPORTED.contains(transcribed.language())) {
            reading = reading.inLanguage(transcribed.language(), true);
        }
        Languages.follow(d, reading);
        Texts.respond(d, reading, transcribed.transcript(), false);
    }

    static void notTranscribed(Decision d) {
        d.say("voice.unavailable");
        Prompts.ask(d);
    }

    static void photo(Decision d, Input.PhotoSent photo) {
        if (Stages.engaged(d.stage()) || d.stage() instanceof Stage.HandoffSchedule) {
            d.call(new Effect.ReadPhoto(photo.media()));
            return;
        }
        d.apply(new ConversationEvent.PhotoDeferred(photo.media()));
        d.say("photo.deferred");
        Prompts.ask(d);
    }

    static void photoRead(Decision d, Input.PhotoRead read) {
        d.apply(new ConversationEvent.PhotoAnalysed(true, read.description(), read.propertyType(), read.bedrooms()));
        if (read.description() != null && !read.description().isBlank()) {
            d.say("photo.looksLike", read.description());
        } else if (read.propertyType() != null) {
            d.say("photo.looksLikeType", Text.of("type." + SlotTexts.wire(read.propertyType())));
        }
        Profile profile = d.state().profile();
        if (profile.transaction() != null && profile.budget() != null) {
            d.call(new Effect.FindMatches(profile.merge(new Profile(null, null, null, read.propertyType(), null,
                    read.bedrooms())), MatchPurpose.PHOTO));
        } else {
            Prompts.ask(d);
        }
    }

    static void photoNotRead(Decision d) {
        d.apply(new ConversationEvent.PhotoAnalysed(false, null, null, null));
        d.say("photo.unreadable");
        Prompts.ask(d);
    }

    static void unexpected(Decision d) {
        d.say("unexpected");
        Prompts.ask(d);
    }
}
