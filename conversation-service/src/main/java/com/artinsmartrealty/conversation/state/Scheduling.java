package com.artinsmartrealty.conversation.state;

import java.util.ArrayList;
import java.util.List;

/**
 * From "I want to see properties" to a booked viewing: open times from scheduling-service (held for
 * this chat), shown as buttons; the chosen one is booked; a time taken meanwhile brings fresh times,
 * never a double booking.
 */
final class Scheduling {

    static final String SLOT = "slot:";

    private Scheduling() {
    }

    static void requested(Decision d) {
        switch (d.stage()) {
            case Stage.Warmup w -> notYet(d, "schedule.afterQualification");
            case Stage.SlotFilling s -> notYet(d, "schedule.afterQualification");
            case Stage.ValueProposition v -> {
                d.say("schedule.needPhone");
                PhoneGate.ask(d);
            }
            case Stage.HardGate g -> {
                d.say("schedule.needPhone");
                PhoneGate.ask(d);
            }
            case Stage.Engagement e -> begin(d);
            case Stage.Completed c -> begin(d);
            case Stage.HandoffSchedule h -> showSlots(d, "schedule.pick");
            case Stage.Start s -> {
            }
            case Stage.HumanTakeover t -> {
            }
        }
    }

    private static void notYet(Decision d, String key) {
        d.say(key);
        Prompts.ask(d);
    }

    private static void begin(Decision d) {
        d.apply(new ConversationEvent.ViewingRequested());
        Stages.enter(d, new Stage.HandoffSchedule());
        d.call(new Effect.OfferSlots());
    }

    static void opened(Decision d, Input.SlotsOpen open) {
        if (open.slots().isEmpty()) {
            d.say("schedule.none");
            backToEngagement(d);
            return;
        }
        d.apply(new ConversationEvent.SlotsOffered(open.slots(), open.heldUntil()));
        showSlots(d, "schedule.pick");
    }

    static void unavailable(Decision d) {
        d.say("schedule.unavailable");
        backToEngagement(d);
    }

    /** The offered times as buttons under {@code questionKey}; fetched first when none are held. */
    static void showSlots(Decision d, String questionKey) {
        List<OfferedSlot> slots = d.state().offeredSlots();
        if (slots.isEmpty()) {
            d.call(new Effect.OfferSlots());
            return;
        }
        List<Choice> choices = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            choices.add(new Choice(Text.verbatim(slots.get(i).label()), SLOT + i));
        }
        d.ask(Text.of(questionKey), choices);
    }

    static void chosen(Decision d, String index) {
        if (!(d.stage() instanceof Stage.HandoffSchedule)) {
            requested(d);
            return;
        }
        List<OfferedSlot> slots = d.state().offeredSlots();
        int i = parse(index);
        if (i < 0 || i >= slots.size()) {
            showSlots(d, "schedule.pick");
            return;
        }
        d.call(new Effect.Book(slots.get(i)));
    }

    static void confirmed(Decision d, BookedViewing viewing) {
        d.apply(new ConversationEvent.ViewingBooked(viewing));
        Stages.enter(d, new Stage.Completed());
        Text confirmation = viewing.agentName() == null || viewing.agentName().isBlank()
                ? Text.of("schedule.booked", viewing.label())
                : Text.of("schedule.bookedWith", viewing.label(), viewing.agentName());
        d.attach(new FileToSend.ViewingCalendar(viewing.appointmentId()), confirmation);
    }

    static void taken(Decision d, Input.SlotTaken taken) {
        d.say("schedule.taken");
        if (taken.alternatives().isEmpty()) {
            d.apply(new ConversationEvent.SlotsOffered(List.of(), null));
            d.call(new Effect.OfferSlots());
        } else {
            d.apply(new ConversationEvent.SlotsOffered(taken.alternatives(), null));
            showSlots(d, "schedule.pick");
        }
    }

    static void bookingFailed(Decision d) {
        d.say("schedule.bookingFailed");
        showSlots(d, "schedule.pick");
    }

    private static void backToEngagement(Decision d) {
        if (d.stage() instanceof Stage.HandoffSchedule) {
            Stages.enter(d, d.state().viewing() == null ? new Stage.Engagement() : new Stage.Completed());
        }
    }

    private static int parse(String index) {
        try {
            return Integer.parseInt(index);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
