package com.artinsmartrealty.conversation.state;

import java.util.List;
import java.util.Set;

/** The conversation state machine: {@code decide(state, input, context) -> transition}. Pure. */
public final class ConversationDecider {

    static final Set<String> LANGUAGES = Set.of("fa", "ar", "en", "ru");
    static final List<Choice> GOALS = List.of(
            new Choice("goal.investment", "goal:investment"),
            new Choice("goal.living", "goal:living"),
            new Choice("goal.residency", "goal:residency"));

    private ConversationDecider() {
    }

    public static Transition decide(ConversationState state, Input input, TurnContext context) {
        if (input instanceof Input.Edited) {
            return Transition.nothing();
        }
        return switch (state.stage()) {
            case Stage.Start start -> begin(input, context);
            case Stage.Warmup warmup -> greet();
            case Stage.SlotFilling s -> greet();
            case Stage.ValueProposition s -> greet();
            case Stage.HardGate s -> greet();
            case Stage.Engagement s -> greet();
            case Stage.HandoffSchedule s -> greet();
            case Stage.Completed s -> greet();
            case Stage.HumanTakeover s -> Transition.nothing();
        };
    }

    private static Transition begin(Input input, TurnContext context) {
        String source = input instanceof Input.Command command && "start".equals(command.name())
                ? command.argument() : null;
        String language = context.clientLanguage() != null && LANGUAGES.contains(context.clientLanguage())
                ? context.clientLanguage() : "en";
        return new Transition(
                List.of(new ConversationEvent.ConversationStarted(language, source),
                        new ConversationEvent.StageEntered(new Stage.Warmup())),
                List.of(new Effect.SendReply("warmup.greeting", List.of(), GOALS)));
    }

    private static Transition greet() {
        return new Transition(List.of(), List.of(new Effect.SendReply("warmup.greeting", List.of(), GOALS)));
    }
}
