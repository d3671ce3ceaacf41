package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.contracts.lead.Transaction;
import com.artinsmartrealty.conversation.slots.BudgetBand;
import java.util.List;

/**
 * What the bot is waiting for at each stage, asked again with its buttons: after an answer, an
 * interruption (a question, a photo, a voice note it could not use) or a return after a pause.
 */
final class Prompts {

    static final List<PropertyType> OFFERED_TYPES = List.of(PropertyType.APARTMENT, PropertyType.VILLA,
            PropertyType.TOWNHOUSE, PropertyType.PENTHOUSE, PropertyType.STUDIO, PropertyType.OFFICE,
            PropertyType.LAND);
    static final String SCHEDULE = "schedule";

    private Prompts() {
    }

    /** Asks the stage's pending question, if it has one. */
    static void ask(Decision d) {
        switch (d.stage()) {
            case Stage.Start start -> {
            }
            case Stage.Warmup warmup -> askSlot(d, Slot.GOAL);
            case Stage.SlotFilling filling -> d.state().profile().firstMissing().ifPresent(slot -> askSlot(d, slot));
            case Stage.ValueProposition showing -> {
            }
            case Stage.HardGate gate -> PhoneGate.ask(d);
            case Stage.Engagement engagement -> invite(d);
            case Stage.HandoffSchedule handoff -> Scheduling.showSlots(d, "schedule.pick");
            case Stage.Completed completed -> remind(d);
            case Stage.HumanTakeover takeover -> {
            }
        }
    }

    /** The slot the bot waits for, in the terms the AI service understands, or null. */
    static String expecting(Decision d) {
        return switch (d.stage()) {
            case Stage.Warmup warmup -> "goal";
            case Stage.SlotFilling filling -> d.state().profile().firstMissing().map(Prompts::wireName).orElse(null);
            case Stage.HardGate gate -> "phone";
            case Stage.Start s -> null;
            case Stage.ValueProposition s -> null;
            case Stage.Engagement s -> null;
            case Stage.HandoffSchedule s -> null;
            case Stage.Completed s -> null;
            case Stage.HumanTakeover s -> null;
        };
    }

    static void askSlot(Decision d, Slot slot) {
        if (d.state().askedSlot() != slot) {
            d.apply(new ConversationEvent.SlotAsked(slot, d.context().now()));
        }
        switch (slot) {
            case GOAL -> d.ask(Text.of("ask.goal"), goalChoices());
            case TRANSACTION -> d.ask(Text.of("ask.transaction"), List.of(
                    Choice.of("transaction.buy", "tx:" + SlotTexts.wire(Transaction.BUY)),
                    Choice.of("transaction.rent", "tx:" + SlotTexts.wire(Transaction.RENT))));
            case BUDGET -> {
                Transaction transaction = d.state().profile().transaction();
                List<Choice> bands = BudgetBand.forTransaction(transaction, d.context().defaultCurrency()).stream()
                        .map(band -> new Choice(bandLabel(band), band.data()))
                        .toList();
                d.ask(Text.of(transaction == Transaction.RENT ? "ask.budget.rent" : "ask.budget"), bands);
            }
            case PROPERTY_TYPE -> d.ask(Text.of("ask.propertyType"), OFFERED_TYPES.stream()
                    .map(type -> Choice.of("type." + SlotTexts.wire(type), "type:" + SlotTexts.wire(type)))
                    .toList());
            case AREA, BEDROOMS -> {
                // Kept when offered, never asked for.
            }
        }
    }

    static List<Choice> goalChoices() {
        return List.of(Goal.values()).stream()
                .map(goal -> Choice.of("goal." + SlotTexts.wire(goal), "goal:" + SlotTexts.wire(goal)))
                .toList();
    }

    static Choice bookChoice() {
        return Choice.of("schedule.book", SCHEDULE);
    }

    /** In free conversation the bot offers a viewing. */
    static void invite(Decision d) {
        d.ask(Text.of("engagement.invite"), List.of(bookChoice()));
    }

    private static void remind(Decision d) {
        BookedViewing viewing = d.state().viewing();
        if (viewing != null) {
            d.ask(Text.of("completed.reminder", viewing.label()), List.of(bookChoice()));
        }
    }

    private static Text bandLabel(BudgetBand band) {
        if (band.min() == null) {
            return Text.of("budget.band.under", band.max());
        }
        return band.max() == null ? Text.of("budget.band.over", band.min())
                : Text.of("budget.band.between", band.min(), band.max());
    }

    private static String wireName(Slot slot) {
        return switch (slot) {
            case GOAL -> "goal";
            case TRANSACTION -> "transaction";
            case BUDGET -> "budget";
            case PROPERTY_TYPE -> "propertyType";
            case AREA -> "area";
            case BEDROOMS -> "bedrooms";
        };
    }
}
