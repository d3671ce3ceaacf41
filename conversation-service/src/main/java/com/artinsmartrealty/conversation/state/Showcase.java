package com.artinsmartrealty.conversation.state;

import java.util.ArrayList;
import java.util.List;

/**
 * Value before contact: the best listings for the lead with their returns, or, when nothing fits the
 * budget, the nearest alternatives (above budget, or rentals instead of buying) with a way to adjust.
 */
final class Showcase {

    static final String CHANGE_BUDGET = "mismatch:budget";
    static final String SWITCH_TO_RENTING = "mismatch:rent";

    private Showcase() {
    }

    static void show(Decision d, Input.MatchesFound found) {
        d.apply(new ConversationEvent.ListingsShown(found.listings(), found.fit(), found.purpose()));
        List<Choice> choices = new ArrayList<>();
        if (found.purpose() == MatchPurpose.PHOTO) {
            d.say(found.listings().isEmpty() ? "photo.noSimilar" : "photo.similar");
        } else {
            switch (found.fit()) {
                case WITHIN_BUDGET -> d.say("matches.withinBudget", found.listings().size());
                case ABOVE_BUDGET -> {
                    d.say("matches.aboveBudget");
                    choices.add(Choice.of("mismatch.changeBudget", CHANGE_BUDGET));
                }
                case RENT_INSTEAD -> {
                    d.say("matches.rentInstead");
                    choices.add(Choice.of("mismatch.switchToRenting", SWITCH_TO_RENTING));
                    choices.add(Choice.of("mismatch.changeBudget", CHANGE_BUDGET));
                }
                case NO_INVENTORY -> d.say("matches.noInventory");
            }
        }
        for (ShownListing listing : found.listings()) {
            d.say(describe(listing));
        }
        if (!choices.isEmpty()) {
            d.offer(choices);
        }
        next(d);
    }

    static void unavailable(Decision d, MatchPurpose purpose) {
        d.say(purpose == MatchPurpose.PROFILE ? "matches.unavailable" : "photo.noSimilar");
        next(d);
    }

    /** After listings: from the showcase to the phone gate; elsewhere, back to what the stage waits for. */
    private static void next(Decision d) {
        if (d.stage() instanceof Stage.ValueProposition) {
            PhoneGate.enter(d);
        } else {
            Prompts.ask(d);
        }
    }

    static Text describe(ShownListing listing) {
        List<Text> lines = new ArrayList<>();
        lines.add(listing.community() == null ? Text.of("listing.title", listing.title())
                : Text.of("listing.titleIn", listing.title(), listing.community()));
        Text price = Text.of("listing.price", listing.price(), SlotTexts.currency(listing.currency()));
        lines.add(listing.bedrooms() == null ? price
                : Text.joined(" · ", List.of(price, Text.of("summary.bedrooms", listing.bedrooms()))));
        if (listing.grossYieldPct() != null && listing.projectedReturnPct5y() != null) {
            lines.add(Text.of("listing.roi", listing.grossYieldPct(), listing.projectedReturnPct5y()));
        }
        if (listing.reason() != null && !listing.reason().isBlank()) {
            lines.add(Text.of("listing.reason", listing.reason()));
        }
        return Text.joined("\n", lines);
    }
}
