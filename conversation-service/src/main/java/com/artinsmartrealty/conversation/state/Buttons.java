package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.slots.BudgetBand;
import com.artinsmartrealty.conversation.slots.Profile;
import java.util.Locale;
import java.util.Optional;

/**
 * Pressed buttons. Slot buttons carry their value, so a button pressed from an older message still
 * means what it said (and corrects the slot); a button that means nothing now gets the pending
 * question again.
 */
final class Buttons {

    private Buttons() {
    }

    static void pressed(Decision d, String data) {
        int colon = data.indexOf(':');
        String kind = colon < 0 ? data : data.substring(0, colon);
        String value = colon < 0 ? "" : data.substring(colon + 1);
        switch (kind) {
            case "goal" -> fill(d, valueOf(Goal.class, value).map(goal -> Profile.empty().withGoal(goal)));
            case "tx" -> fill(d, valueOf(Transaction.class, value).map(tx -> Profile.empty().withTransaction(tx)));
            case "budget" -> fill(d, BudgetBand.parse(data).map(budget -> Profile.empty().withBudget(budget)));
            case "type" -> fill(d, valueOf(PropertyType.class, value)
                    .map(type -> Profile.empty().withPropertyType(type)));
            case "lang" -> Languages.choose(d, value);
            case "phone" -> PhoneGate.confirm(d);
            case Prompts.SCHEDULE -> Scheduling.requested(d);
            case "slot" -> Scheduling.chosen(d, value);
            case "mismatch" -> {
                switch (value) {
                    case "rent" -> Qualification.switchToRenting(d);
                    case "budget" -> Qualification.reopen(d, Slot.BUDGET);
                    default -> Prompts.ask(d);
                }
            }
            default -> Prompts.ask(d);
        }
    }

    private static void fill(Decision d, Optional<Profile> update) {
        if (update.isPresent()) {
            Qualification.fill(d, update.get(), false);
        } else {
            Prompts.ask(d);
        }
    }

    private static <E extends Enum<E>> Optional<E> valueOf(Class<E> type, String wire) {
        try {
            return Optional.of(Enum.valueOf(type, wire.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
