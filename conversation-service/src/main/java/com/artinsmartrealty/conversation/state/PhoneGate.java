package com.artinsmartrealty.conversation.state;

import com.artinsmartrealty.conversation.slots.TextReading;
import com.artinsmartrealty.nlu.phone.PhoneParser;
import com.artinsmartrealty.nlu.phone.PhoneReading;
import java.util.List;

/**
 * The hard gate: a valid phone number in exchange for the PDF report. Typed numbers pass the
 * whitepaper's rules and libphonenumber; a shared contact counts only when it is the sender's own; on
 * WhatsApp the number the channel vouches for is offered for one-tap confirmation. The report goes out
 * as soon as the number is in.
 */
final class PhoneGate {

    static final String CONFIRM = "phone:confirm";

    private PhoneGate() {
    }

    /** From the showcase: ask for the number, or, when it is already known, hand over the report. */
    static void enter(Decision d) {
        if (d.state().phone() != null) {
            Stages.enter(d, new Stage.Engagement());
            deliverReport(d);
            engage(d);
        } else {
            Stages.enter(d, new Stage.HardGate());
            ask(d);
        }
    }

    static void ask(Decision d) {
        List<Choice> choices = List.of();
        String channelNumber = channelNumber(d);
        if (channelNumber != null && d.state().phone() == null) {
            if (!channelNumber.equals(d.state().offeredPhone())) {
                d.apply(new ConversationEvent.PhoneConfirmationOffered(channelNumber));
            }
            choices = List.of(new Choice(Text.of("phone.useMine", channelNumber), CONFIRM));
        }
        d.ask(Text.of("phone.ask"), choices, true);
    }

    /** A typed message that holds, or tries to hold, a phone number; false when it is about something else. */
    static boolean typed(Decision d, TextReading reading) {
        switch (reading.phone()) {
            case PhoneReading.Valid valid -> {
                capture(d, valid.e164(), PhoneMethod.TYPED);
                return true;
            }
            case PhoneReading.Invalid invalid -> {
                boolean attempt = reading.phoneLike() || (d.stage() instanceof Stage.HardGate
                        && invalid.problem() != PhoneReading.Problem.NO_NUMBER);
                if (!attempt) {
                    return false;
                }
                d.say(problemKey(invalid.problem()));
                reask(d);
                return true;
            }
        }
    }

    static void shared(Decision d, Input.ContactShared contact) {
        if (!contact.own()) {
            d.say("phone.notOwn");
            reask(d);
            return;
        }
        String number = contact.phone().strip();
        if (!number.startsWith("+") && !number.startsWith("00")) {
            number = "+" + number;
        }
        if (PhoneParser.check(number, null) instanceof PhoneReading.Valid valid) {
            capture(d, valid.e164(), PhoneMethod.SHARED_CONTACT);
        } else {
            d.say("phone.problem.notReal");
            reask(d);
        }
    }

    /** The one-tap confirmation of the channel's number. */
    static void confirm(Decision d) {
        String offered = d.state().offeredPhone();
        if (offered != null) {
            capture(d, offered, PhoneMethod.CHANNEL_CONFIRMED);
        } else {
            Prompts.ask(d);
        }
    }

    static void capture(Decision d, String e164, PhoneMethod method) {
        boolean known = d.state().phone() != null;
        d.apply(new ConversationEvent.PhoneCaptured(e164, method));
        Stage stage = d.stage();
        if (stage instanceof Stage.HardGate || stage instanceof Stage.ValueProposition) {
            Stages.enter(d, new Stage.Engagement());
            d.say("phone.thanks");
            deliverReport(d);
            engage(d);
        } else if (Stages.qualifying(stage)) {
            d.say(known ? "phone.updated" : "phone.noted");
            Prompts.ask(d);
        } else {
            d.say("phone.updated");
        }
    }

    private static void deliverReport(Decision d) {
        d.attach(new FileToSend.LeadReport(), Text.of("report.caption"));
    }

    /** Free conversation begins: a photo put aside earlier is looked at now, then a viewing is offered. */
    private static void engage(Decision d) {
        Media photo = d.state().deferredPhoto();
        if (photo != null) {
            d.call(new Effect.ReadPhoto(photo));
        } else {
            Prompts.invite(d);
        }
    }

    private static void reask(Decision d) {
        if (d.stage() instanceof Stage.HardGate) {
            ask(d);
        } else {
            Prompts.ask(d);
        }
    }

    private static String channelNumber(Decision d) {
        String sender = d.context().senderPhone();
        if (sender == null || sender.isBlank()) {
            return null;
        }
        String number = sender.startsWith("+") ? sender : "+" + sender;
        return PhoneParser.check(number, null) instanceof PhoneReading.Valid valid ? valid.e164() : null;
    }

    static String problemKey(PhoneReading.Problem problem) {
        return switch (problem) {
            case TOO_LONG -> "phone.problem.tooLong";
            case NO_NUMBER -> "phone.problem.noNumber";
            case NOT_INTERNATIONAL -> "phone.problem.notInternational";
            case WRONG_LENGTH -> "phone.problem.wrongLength";
            case TOO_FEW_DIGITS, SEQUENTIAL, REPEATING -> "phone.problem.fake";
            case NOT_A_REAL_NUMBER -> "phone.problem.notReal";
        };
    }
}
