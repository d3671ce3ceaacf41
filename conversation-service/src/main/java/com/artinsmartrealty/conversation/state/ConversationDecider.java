package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.conversation.slots.TextReading;

/**
 * The conversation state machine: {@code decide(state, input, context) -> transition}. Pure: the same
 * state, input and context always give the same events and effects. Calls to other services are
 * effects; their answers come back as inputs within the same turn.
 */
public final class ConversationDecider {

    private ConversationDecider() {
    }

    public static Transition decide(ConversationState state, Input input, TurnContext context) {
        Decision d = new Decision(state, context);
        switch (input) {
            case Input.Edited edited -> {
                return Transition.nothing();
            }
            case Input.AgentTookOver took -> Takeover.tookOver(d, took.agentId());
            case Input.AgentHandedBack back -> Takeover.handedBack(d, back.agentId());
            case Input.AgentReplied reply -> Takeover.replied(d, reply);
            case Input.TextMessage m -> fromUser(d, input);
            case Input.Command m -> fromUser(d, input);
            case Input.ButtonPressed m -> fromUser(d, input);
            case Input.VoiceNote m -> fromUser(d, input);
            case Input.PhotoSent m -> fromUser(d, input);
            case Input.ContactShared m -> fromUser(d, input);
            case Input.Unexpected m -> fromUser(d, input);
            case Input.Understood understood -> Texts.understood(d, understood);
            case Input.NotUnderstood notUnderstood -> Texts.notUnderstood(d);
            case Input.Answered answered -> Texts.answered(d, answered.text());
            case Input.NotAnswered notAnswered -> Texts.notAnswered(d);
            case Input.Transcribed transcribed -> MediaFlow.transcribed(d, transcribed);
            case Input.NotTranscribed notTranscribed -> MediaFlow.notTranscribed(d);
            case Input.PhotoRead read -> MediaFlow.photoRead(d, read);
            case Input.PhotoNotRead notRead -> MediaFlow.photoNotRead(d);
            case Input.MatchesFound found -> Showcase.show(d, found);
            case Input.MatchesUnavailable unavailable -> Showcase.unavailable(d, unavailable.purpose());
            case Input.SlotsOpen open -> Scheduling.opened(d, open);
            case Input.SlotsUnavailable unavailable -> Scheduling.unavailable(d);
            case Input.ViewingConfirmed confirmed -> Scheduling.confirmed(d, confirmed.viewing());
            case Input.SlotTaken taken -> Scheduling.taken(d, taken);
            case Input.BookingUnavailable unavailable -> Scheduling.bookingFailed(d);
        }
        return d.transition();
    }

    /** What the user sent. While an agent has the chat, the bot says nothing. */
    private static void fromUser(Decision d, Input input) {
        if (d.stage() instanceof Stage.HumanTakeover) {
            return;
        }
        if (d.stage() instanceof Stage.Start) {
            begin(d, input);
            return;
        }
        TextReading reading = input instanceof Input.TextMessage text
                ? TextReading.of(text.text(), d.context().defaultCurrency()) : null;
        if (reading != null) {
            Languages.follow(d, reading);
        }
        if (d.context().sessionExpired()) {
            d.welcomeBack();
        }
        handle(d, input, reading);
    }

    /** The first message: the conversation starts in the user's language with a greeting. */
    private static void begin(Decision d, Input input) {
        String text = input instanceof Input.TextMessage message ? message.text() : null;
        Languages.Settled language = Languages.atStart(text, d.context());
        String source = input instanceof Input.Command command && "start".equals(command.name())
                ? command.argument() : null;
        d.apply(new ConversationEvent.ConversationStarted(language.language(), language.source(), source));
        d.apply(new ConversationEvent.StageEntered(new Stage.Warmup()));
        d.say("greeting");
        switch (input) {
            case Input.Command command when "language".equals(command.name()) ->
                    Languages.command(d, command.argument());
            case Input.Command command -> Prompts.ask(d);
            case Input.TextMessage message -> {
                TextReading reading = TextReading.of(message.text(), d.context().defaultCurrency());
                boolean onlyGreeting = reading.details().isEmpty() && !reading.phoneLike()
                        && (reading.intent() == Intent.SMALLTALK || reading.intent() == Intent.OTHER
                        || reading.intent() == Intent.PROVIDE_SLOT);
                if (onlyGreeting) {
                    Prompts.ask(d);
                } else {
                    Texts.respond(d, reading, message.text(), true);
                }
            }
            default -> handle(d, input, null);
        }
    }

    private static void handle(Decision d, Input input, TextReading reading) {
        switch (input) {
            case Input.TextMessage text -> Texts.respond(d, reading, text.text(), true);
            case Input.Command command -> Commands.run(d, command);
            case Input.ButtonPressed button -> Buttons.pressed(d, button.data());
            case Input.VoiceNote voice -> MediaFlow.voice(d, voice);
            case Input.PhotoSent photo -> MediaFlow.photo(d, photo);
            case Input.ContactShared contact -> PhoneGate.shared(d, contact);
            case Input.Unexpected unexpected -> MediaFlow.unexpected(d);
            default -> throw new IllegalArgumentException("not a user's message: " + input.getClass().getSimpleName());
        }
    }
}
