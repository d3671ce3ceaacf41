package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.slots.Profile;
import java.util.EnumSet;
import java.util.Set;

/**
 * Slot filling: values from buttons, text and voice fill or correct the profile at any stage. While
 * qualifying the bot asks for the next missing slot; once every required slot is filled it looks for
 * listings. A correction after that looks for listings again.
 */
final class Qualification {

    private Qualification() {
    }

    /**
     * Writes {@code update} over the profile.
     *
     * @param quiet the message also asks something (a question, a viewing): the answer to that comes
     *              first, so no summary and no next question here
     */
    static void fill(Decision d, Profile update, boolean quiet) {
        Profile before = d.state().profile();
        Profile after = before.merge(update);
        Set<Slot> changed = before.differencesFrom(after);
        if (changed.isEmpty()) {
            if (!quiet) {
                Prompts.ask(d);
            }
            return;
        }
        Set<Slot> corrected = EnumSet.noneOf(Slot.class);
        corrected.addAll(changed);
        corrected.retainAll(before.filled());
        d.apply(new ConversationEvent.ProfileUpdated(after, changed));
        if (d.stage() instanceof Stage.Warmup && after.goal() != null) {
            Stages.enter(d, new Stage.SlotFilling());
        }
        if (Stages.qualifying(d.stage())) {
            if (!quiet && (changed.size() > 1 || !corrected.isEmpty())) {
                d.say(corrected.isEmpty() ? "noted" : "updated", SlotTexts.summary(after, changed));
            }
            if (after.isComplete()) {
                qualify(d);
            } else if (!quiet) {
                Prompts.ask(d);
            }
            return;
        }
        d.say("updated", SlotTexts.summary(after, changed));
        if (after.isComplete()) {
            d.call(new Effect.FindMatches(after, MatchPurpose.PROFILE));
        } else {
            Stages.enter(d, new Stage.SlotFilling());
            Prompts.ask(d);
        }
    }

    /** Every required slot is filled: the lead is qualified and sees listings. */
    static void qualify(Decision d) {
        Profile profile = d.state().profile();
        if (!d.state().qualified()) {
            d.apply(new ConversationEvent.Qualified(profile));
        }
        Stages.enter(d, new Stage.ValueProposition());
        d.call(new Effect.FindMatches(profile, MatchPurpose.PROFILE));
    }

    /** The lead wants to change a slot: it is emptied and asked for again. */
    static void reopen(Decision d, Slot slot) {
        change(d, d.state().profile().without(slot));
    }

    /** Nothing to buy within budget: the lead switches to renting, and is asked for a yearly budget. */
    static void switchToRenting(Decision d) {
        change(d, d.state().profile().withTransaction(Transaction.RENT).without(Slot.BUDGET));
    }

    private static void change(Decision d, Profile after) {
        Set<Slot> changed = d.state().profile().differencesFrom(after);
        if (!changed.isEmpty()) {
            d.apply(new ConversationEvent.ProfileUpdated(after, changed));
        }
        if (after.isComplete()) {
            Prompts.ask(d);
            return;
        }
        Stages.enter(d, after.goal() == null ? new Stage.Warmup() : new Stage.SlotFilling());
        Prompts.ask(d);
    }
}
