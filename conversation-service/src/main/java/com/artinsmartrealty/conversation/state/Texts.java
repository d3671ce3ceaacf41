package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.api.ai.Intent;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.slots.Profile;
import com.artinsmartrealty.conversation.slots.Reaction;
import com.artinsmartrealty.conversation.slots.TextReading;
import com.artinsmartrealty.nlu.budget.BudgetReading;
import java.util.List;

/**
 * What the bot does with something the user said (typed, transcribed, or read by the AI service):
 * phone numbers at the gate, slot values anywhere, questions answered (then the pending question
 * again), requests to meet, small talk; what it cannot read it asks the AI service about once.
 */
final class Texts {

    private Texts() {
    }

    /**
     * @param mayAskAi the text has not been through the AI service yet
     */
    static void respond(Decision d, TextReading reading, String text, boolean mayAskAi) {
        if ((d.stage() instanceof Stage.HardGate || reading.phoneLike()) && PhoneGate.typed(d, reading)) {
            return;
        }
        Intent intent = reading.intent();
        boolean question = intent == Intent.QUESTION;
        if (reading.budgetProblem() != null && !reading.details().has(Slot.BUDGET)
                && (!question || askingForBudget(d))) {
            d.say(budgetProblemKey(reading.budgetProblem()));
            Prompts.ask(d);
            return;
        }
        Profile details = question ? onlyMissing(d, reading.details()) : reading.details();
        if (!details.isEmpty()) {
            boolean meeting = intent == Intent.SCHEDULING;
            Qualification.fill(d, details, question || meeting);
            if (question) {
                d.call(new Effect.Answer(text, purpose(d)));
            } else if (meeting) {
                Scheduling.requested(d);
            }
            return;
        }
        if (reading.reaction() != Reaction.NONE && (intent == Intent.SMALLTALK || intent == Intent.OTHER
                || intent == Intent.PROVIDE_SLOT)) {
            unclear(d, reading, text, mayAskAi);
            return;
        }
        switch (intent) {
            case SCHEDULING -> Scheduling.requested(d);
            case HUMAN_REQUEST -> {
                d.apply(new ConversationEvent.HumanRequested());
                d.say(Stages.engaged(d.stage()) ? "human.engaged" : "human.qualifying");
                Prompts.ask(d);
            }
            case QUESTION -> d.call(new Effect.Answer(text, purpose(d)));
            case SMALLTALK -> {
                if (Stages.engaged(d.stage())) {
                    d.say("smalltalk.engaged");
                } else {
                    if (!d.welcomedBack()) {
                        d.say("smalltalk.qualifying");
                    }
                    Prompts.ask(d);
                }
            }
            case PROVIDE_SLOT, OTHER -> unclear(d, reading, text, mayAskAi);
        }
    }

    /** Text with nothing the bot recognises. */
    private static void unclear(Decision d, TextReading reading, String text, boolean mayAskAi) {
        Stage stage = d.stage();
        if (Stages.engaged(stage) && reading.reaction() == Reaction.YES) {
            Scheduling.requested(d);
        } else if (Stages.engaged(stage) && reading.reaction() == Reaction.NO) {
            d.say("engagement.noProblem");
        } else if (stage instanceof Stage.HardGate && reading.reaction() == Reaction.NO) {
            d.say("phone.why");
            PhoneGate.ask(d);
        } else if (Stages.engaged(stage)) {
            d.call(new Effect.Answer(text, AnswerPurpose.ENGAGEMENT));
        } else if (stage instanceof Stage.HandoffSchedule) {
            Scheduling.showSlots(d, "schedule.pickHint");
        } else if (mayAskAi) {
            d.call(new Effect.Understand(text, Prompts.expecting(d)));
        } else {
            d.say("notUnderstood");
            Prompts.ask(d);
        }
    }

    static void understood(Decision d, Input.Understood understood) {
        TextReading reading = TextReading.understood(understood.intent(), understood.language(),
                understood.entities(), d.context().defaultCurrency());
        respond(d, reading, understood.text(), false);
    }

    static void notUnderstood(Decision d) {
        d.say("notUnderstood");
        Prompts.ask(d);
    }

    static void answered(Decision d, String answer) {
        d.say(Text.verbatim(answer));
        if (Stages.engaged(d.stage())) {
            d.offer(List.of(Prompts.bookChoice()));
        } else {
            Prompts.ask(d);
        }
    }

    static void notAnswered(Decision d) {
        d.say("question.unavailable");
        if (!Stages.engaged(d.stage())) {
            Prompts.ask(d);
        }
    }

    /**
     * What a question may fill: while qualifying, slots still empty ("can I get a villa for 2M?"); later,
     * nothing. Mentioning a community in a question is asking about it, not changing one's mind.
     */
    private static Profile onlyMissing(Decision d, Profile details) {
        if (!Stages.qualifying(d.stage())) {
            return Profile.empty();
        }
        Profile known = d.state().profile();
        Profile missing = Profile.empty();
        for (Slot slot : details.filled()) {
            if (!known.has(slot)) {
                missing = missing.merge(only(details, slot));
            }
        }
        return missing;
    }

    /**
     * A question's number is read as a budget only while the budget is still to be given: "is there a 0 %
     * commission?" after qualification is a question to answer, not a budget of zero.
     */
    private static boolean askingForBudget(Decision d) {
        return Stages.qualifying(d.stage()) && !d.state().profile().has(Slot.BUDGET);
    }

    private static Profile only(Profile profile, Slot slot) {
        Profile result = profile;
        for (Slot other : Slot.values()) {
            if (other != slot) {
                result = result.without(other);
            }
        }
        return result;
    }

    private static AnswerPurpose purpose(Decision d) {
        return Stages.engaged(d.stage()) ? AnswerPurpose.ENGAGEMENT : AnswerPurpose.FAQ;
    }

    private static String budgetProblemKey(BudgetReading.Problem problem) {
        return switch (problem) {
            case ZERO -> "budget.problem.zero";
            case NEGATIVE -> "budget.problem.negative";
            case TOO_SMALL -> "budget.problem.tooSmall";
            case TOO_LARGE -> "budget.problem.tooLarge";
        };
    }
}
