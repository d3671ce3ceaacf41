package com.artinsmartrealty.conversation.state;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** Where a conversation is, with what that stage needs to remember. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "name")
@JsonSubTypes({
        @JsonSubTypes.Type(value = Stage.Start.class, name = "START"),
        @JsonSubTypes.Type(value = Stage.Warmup.class, name = "WARMUP"),
        @JsonSubTypes.Type(value = Stage.SlotFilling.class, name = "SLOT_FILLING"),
        @JsonSubTypes.Type(value = Stage.ValueProposition.class, name = "VALUE_PROPOSITION"),
        @JsonSubTypes.Type(value = Stage.HardGate.class, name = "HARD_GATE"),
        @JsonSubTypes.Type(value = Stage.Engagement.class, name = "ENGAGEMENT"),
        @JsonSubTypes.Type(value = Stage.HandoffSchedule.class, name = "HANDOFF_SCHEDULE"),
        @JsonSubTypes.Type(value = Stage.Completed.class, name = "COMPLETED"),
        @JsonSubTypes.Type(value = Stage.HumanTakeover.class, name = "HUMAN_TAKEOVER")
})
public sealed interface Stage {

    /** The stage's name on the wire and in the dashboard. */
    default String name() {
        return switch (this) {
            case Start s -> "START";
            case Warmup s -> "WARMUP";
            case SlotFilling s -> "SLOT_FILLING";
            case ValueProposition s -> "VALUE_PROPOSITION";
            case HardGate s -> "HARD_GATE";
            case Engagement s -> "ENGAGEMENT";
            case HandoffSchedule s -> "HANDOFF_SCHEDULE";
            case Completed s -> "COMPLETED";
            case HumanTakeover s -> "HUMAN_TAKEOVER";
        };
    }

    /** Nothing has been said yet. */
    record Start() implements Stage {
    }

    /** The bot greeted the user and asked for their goal. */
    record Warmup() implements Stage {
    }

    /** The bot is collecting budget, property type and transaction. */
    record SlotFilling() implements Stage {
    }

    /** The bot showed matching listings. */
    record ValueProposition() implements Stage {
    }

    /** The bot asked for a phone number in exchange for the report. */
    record HardGate() implements Stage {
    }

    /** Free conversation with a qualified lead. */
    record Engagement() implements Stage {
    }

    /** The bot offered viewing slots. */
    record HandoffSchedule() implements Stage {
    }

    /** A viewing is booked. */
    record Completed() implements Stage {
    }

    /** An agent took the chat over; the bot is silent until the agent hands it back. */
    record HumanTakeover(Stage resumeAt) implements Stage {
    }
}
