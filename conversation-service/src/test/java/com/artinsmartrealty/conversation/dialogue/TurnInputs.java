package com.artinsmartrealty.conversation.dialogue;

import com.artinsmartrealty.conversation.state.Input;
import com.artinsmartrealty.conversation.state.Media;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

/**
 * Reads a dialogue turn: what the user (or an agent) does, how long after the previous turn, how the
 * services answer this time, and what is expected. A turn is one of
 * {@code say: <text or /command>}, {@code press: <callback data>},
 * {@code voice: {transcript, language, entities} | failed}, {@code photo: {description, type, bedrooms} |
 * unreadable}, {@code contact: {phone, own}}, {@code edit: <text>}, {@code sticker: true},
 * {@code agent: takeover | handback | {reply: <text>}}; optional {@code after: PT25H}, and service
 * overrides {@code ai}, {@code matches}, {@code slots}, {@code booking} for this turn only.
 */
public final class TurnInputs {

    static final String[] SERVICES = {"ai", "matches", "slots", "booking"};
    public static final UUID AGENT = UUID.fromString("0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e");

    private TurnInputs() {
    }

    public static Duration pause(Map<String, Object> turn) {
        Object after = turn.get("after");
        return after == null ? DialogueRunner.DEFAULT_PAUSE : Duration.parse(after.toString());
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> expect(Map<String, Object> turn) {
        return (Map<String, Object>) turn.get("expect");
    }

    public static void applyOverrides(Map<String, Object> turn, FakeServices services) {
        for (String service : SERVICES) {
            if (turn.containsKey(service)) {
                services.set(service, String.valueOf(turn.get(service)));
            }
        }
    }

    public static void restoreOverrides(Map<String, Object> turn, FakeServices services, Map<String, Object> defaults) {
        for (String service : SERVICES) {
            if (turn.containsKey(service)) {
                services.set(service, String.valueOf(defaults.getOrDefault(service, defaultOf(service))));
            }
        }
    }

    private static String defaultOf(String service) {
        return switch (service) {
            case "matches" -> "withinBudget";
            case "slots" -> "open";
            default -> "ok";
        };
    }

    public static String mediaRef(String kind, int index) {
        return "media:dialogue/" + kind + "-" + index;
    }

    /** The turn's input for the pure core; scripts the media it carries into {@code services}. */
    @SuppressWarnings("unchecked")
    static Input input(Map<String, Object> turn, int index, FakeServices services) {
        if (turn.containsKey("say")) {
            return Input.ofText(String.valueOf(turn.get("say")));
        }
        if (turn.containsKey("press")) {
            return new Input.ButtonPressed(String.valueOf(turn.get("press")));
        }
        if (turn.containsKey("voice")) {
            String ref = mediaRef("voice", index);
            services.scriptVoice(ref, spec(turn.get("voice")));
            return new Input.VoiceNote(new Media(ref, "audio/ogg; codecs=opus", 0, null), 6);
        }
        if (turn.containsKey("photo")) {
            String ref = mediaRef("photo", index);
            services.scriptPhoto(ref, spec(turn.get("photo")));
            return new Input.PhotoSent(new Media(ref, "image/jpeg", 0, null), null);
        }
        if (turn.containsKey("contact")) {
            Map<String, Object> contact = (Map<String, Object>) turn.get("contact");
            return new Input.ContactShared(String.valueOf(contact.get("phone")),
                    Boolean.TRUE.equals(contact.get("own")));
        }
        if (turn.containsKey("edit")) {
            return new Input.Edited();
        }
        if (turn.containsKey("sticker")) {
            return new Input.Unexpected("unsupported");
        }
        if (turn.containsKey("agent")) {
            Object agent = turn.get("agent");
            if (agent instanceof Map<?, ?> reply) {
                return new Input.AgentReplied(AGENT, String.valueOf(reply.get("reply")));
            }
            return "takeover".equals(agent) ? new Input.AgentTookOver(AGENT) : new Input.AgentHandedBack(AGENT);
        }
        throw new IllegalArgumentException("a turn needs say, press, voice, photo, contact, edit, sticker or agent: "
                + turn);
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> spec(Object value) {
        if (value instanceof Map<?, ?> map) {
            return (Map<String, Object>) map;
        }
        return Map.of("status", String.valueOf(value));
    }

    public static String describe(Map<String, Object> turn) {
        Map<String, Object> shown = new java.util.LinkedHashMap<>(turn);
        shown.remove("expect");
        return shown.toString();
    }
}
