package com.artinsmartrealty.conversation.dialogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.assertj.core.api.SoftAssertions;

/**
 * Checks a turn's {@code expect} block against what the turn did. Every key names something a user or
 * another service would notice:
 * {@code stage}, {@code language}, {@code slots} (goal, transaction, budgetMin, budgetMax, currency,
 * propertyType, area, bedrooms; {@code ~} for empty), {@code phone}, {@code says} (fragments the turn's
 * replies contain), {@code saysNot}, {@code buttons} (the exact buttons of the turn's last reply with
 * buttons), {@code hasButtons}, {@code attachments} ({@code lead-report}, {@code appointment-ics}),
 * {@code requestContact}, {@code silent}, {@code replies} (how many), {@code authors}, {@code calls}
 * (the calls to other services, in order), {@code events} (event types that happened).
 */
public final class Expectations {

    private Expectations() {
    }

    @SuppressWarnings("unchecked")
    public static void check(String where, Map<String, Object> expect, Observed observed) {
        if (expect == null) {
            return;
        }
        SoftAssertions softly = new SoftAssertions();
        String context = where + "\n" + observed.transcript() + "\n  calls " + observed.calls() + "\n";
        String allText = String.join("\n", observed.replies().stream().map(Observed.Reply::text).toList());
        expect.forEach((key, value) -> {
            switch (key) {
                case "stage" -> softly.assertThat(observed.state().stage().name()).as(context + "stage")
                        .isEqualTo(value);
                case "language" -> softly.assertThat(observed.state().language()).as(context + "language")
                        .isEqualTo(value);
                case "slots" -> slots(softly, context, (Map<String, Object>) value,
                        observed.state().profile().toContract());
                case "phone" -> softly.assertThat(observed.state().phone()).as(context + "phone").isEqualTo(value);
                case "says" -> strings(value).forEach(fragment -> softly.assertThat(allText)
                        .as(context + "says").contains(fragment));
                case "saysNot" -> strings(value).forEach(fragment -> softly.assertThat(allText)
                        .as(context + "saysNot").doesNotContain(fragment));
                case "buttons" -> softly.assertThat(lastButtons(observed)).as(context + "buttons")
                        .containsExactlyElementsOf(strings(value));
                case "hasButtons" -> softly.assertThat(allButtons(observed)).as(context + "hasButtons")
                        .containsAll(strings(value));
                case "attachments" -> softly.assertThat(observed.replies().stream()
                                .flatMap(reply -> reply.attachments().stream())
                                .map(ref -> ref.substring(0, ref.indexOf(':'))).toList())
                        .as(context + "attachments").containsExactlyElementsOf(strings(value));
                case "requestContact" -> softly.assertThat(observed.replies().stream()
                        .anyMatch(Observed.Reply::requestContact)).as(context + "requestContact").isEqualTo(value);
                case "silent" -> softly.assertThat(observed.replies().isEmpty()).as(context + "silent")
                        .isEqualTo(value);
                case "replies" -> softly.assertThat(observed.replies()).as(context + "replies")
                        .hasSize((Integer) value);
                case "authors" -> softly.assertThat(observed.replies().stream().map(Observed.Reply::author).toList())
                        .as(context + "authors").containsExactlyElementsOf(strings(value));
                case "calls" -> softly.assertThat(observed.calls()).as(context + "calls")
                        .containsExactlyElementsOf(strings(value));
                case "events" -> softly.assertThat(eventNames(observed.events())).as(context + "events")
                        .containsAll(strings(value));
                default -> throw new IllegalArgumentException(where + ": unknown expectation " + key);
            }
        });
        softly.assertAll();
    }

    private static void slots(SoftAssertions softly, String context, Map<String, Object> expected,
                              LeadProfile actual) {
        expected.forEach((slot, value) -> {
            Object got = switch (slot) {
                case "goal" -> wire(actual.goal());
                case "transaction" -> wire(actual.transaction());
                case "propertyType" -> wire(actual.propertyType());
                case "budgetMin" -> actual.budgetMin();
                case "budgetMax" -> actual.budgetMax();
                case "currency" -> actual.currency();
                case "area" -> actual.area();
                case "bedrooms" -> actual.bedrooms();
                default -> throw new IllegalArgumentException("unknown slot " + slot);
            };
            Object want = value instanceof Number number && !(value instanceof Integer && "bedrooms".equals(slot))
                    ? (Object) number.longValue() : value;
            softly.assertThat(got).as(context + "slot " + slot).isEqualTo(want);
        });
    }

    private static String wire(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT).replace("_", "");
    }

    private static List<String> lastButtons(Observed observed) {
        List<String> last = List.of();
        for (Observed.Reply reply : observed.replies()) {
            if (!reply.buttons().isEmpty()) {
                last = reply.buttons();
            }
        }
        return last;
    }

    private static List<String> allButtons(Observed observed) {
        return observed.replies().stream().flatMap(reply -> reply.buttons().stream()).toList();
    }

    static List<String> eventNames(List<ConversationEvent> events) {
        JsonSubTypes types = ConversationEvent.class.getAnnotation(JsonSubTypes.class);
        List<String> names = new ArrayList<>();
        for (ConversationEvent event : events) {
            Arrays.stream(types.value()).filter(type -> type.value().equals(event.getClass()))
                    .findFirst().ifPresent(type -> names.add(type.name()));
        }
        return names;
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(Objects::toString).toList();
        }
        return List.of(String.valueOf(value));
    }

    static void isTrue(boolean condition, String message) {
        assertThat(condition).as(message).isTrue();
    }
}
