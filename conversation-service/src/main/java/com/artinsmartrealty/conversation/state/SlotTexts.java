package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.contracts.lead.Slot;
import com.artinsmartrealty.conversation.slots.Budget;
import com.artinsmartrealty.conversation.slots.Profile;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How slot values read in a reply ("buy · villa · 2M–3M AED"). */
final class SlotTexts {

    /** Currencies with a name in the bundles ({@code currency.<code>}); others show their code. */
    static final Set<String> NAMED_CURRENCIES = Set.of("AED", "USD", "EUR", "GBP", "RUB", "SAR", "IRR");

    private SlotTexts() {
    }

    /** The order a summary reads naturally in: "Buy · Villa · 3 bedrooms · Dubai Marina · 2M–3M AED". */
    private static final List<Slot> SUMMARY_ORDER = List.of(Slot.GOAL, Slot.TRANSACTION, Slot.PROPERTY_TYPE,
            Slot.BEDROOMS, Slot.AREA, Slot.BUDGET);

    /** The values of {@code slots}, joined. */
    static Text summary(Profile profile, Set<Slot> slots) {
        List<Text> parts = new ArrayList<>();
        for (Slot slot : SUMMARY_ORDER) {
            if (slots.contains(slot) && profile.has(slot)) {
                parts.add(value(profile, slot));
            }
        }
        return Text.joined(" · ", parts);
    }

    static Text value(Profile profile, Slot slot) {
        return switch (slot) {
            case GOAL -> Text.of("goal." + wire(profile.goal()));
            case TRANSACTION -> Text.of("transaction." + wire(profile.transaction()));
            case BUDGET -> budget(profile.budget());
            case PROPERTY_TYPE -> Text.of("type." + wire(profile.propertyType()));
            case AREA -> Text.verbatim(profile.area());
            case BEDROOMS -> Text.of("summary.bedrooms", profile.bedrooms());
        };
    }

    static Text budget(Budget budget) {
        Text currency = currency(budget.currency());
        if (budget.min() != null && budget.max() != null) {
            return Text.of("summary.budget.range", budget.min(), budget.max(), currency);
        }
        return budget.max() != null ? Text.of("summary.budget.upTo", budget.max(), currency)
                : Text.of("summary.budget.from", budget.min(), currency);
    }

    static Text currency(String code) {
        return NAMED_CURRENCIES.contains(code) ? Text.of("currency." + code) : Text.verbatim(code);
    }

    /** The lower-case name of an enum value, as buttons and message keys spell it. */
    static String wire(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }
}
