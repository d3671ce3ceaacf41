package com.artinsmartrealty.conversation.state;

/** Where a stage sits in the funnel, as the flows need to know it. */
final class Stages {

    private Stages() {
    }

    /** Goal, buy or rent, budget and property type are being asked. */
    static boolean qualifying(Stage stage) {
        return stage instanceof Stage.Warmup || stage instanceof Stage.SlotFilling;
    }

    /** The lead is qualified and has given a phone number: free conversation. */
    static boolean engaged(Stage stage) {
        return stage instanceof Stage.Engagement || stage instanceof Stage.Completed;
    }

    /** Moves to {@code stage} unless the conversation is already there. */
    static void enter(Decision d, Stage stage) {
        if (!d.stage().equals(stage)) {
            d.apply(new ConversationEvent.StageEntered(stage));
        }
    }
}
