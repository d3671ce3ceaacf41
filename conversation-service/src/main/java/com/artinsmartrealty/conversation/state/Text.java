package com.artinsmartrealty.conversation.state;

import java.util.Arrays;
import java.util.List;

/**
 * Something the bot says, independent of language: a message key with arguments (which may themselves
 * be texts), words written by someone else (the AI service, an agent, a listing's title), or parts
 * joined by a separator. The texts are rendered in the conversation's language when a reply is composed.
 */
public sealed interface Text {

    /** A message from the bundles; arguments are numbers, strings, instants or other texts. */
    record Localized(String key, List<Object> args) implements Text {
        public Localized {
            args = List.copyOf(args);
        }
    }

    /** Words shown as they are. */
    record Verbatim(String text) implements Text {
    }

    /** Parts shown one after another with {@code separator} between them. */
    record Joined(List<Text> parts, String separator) implements Text {
        public Joined {
            parts = List.copyOf(parts);
        }
    }

    static Text of(String key, Object... args) {
        return new Localized(key, Arrays.asList(args));
    }

    static Text verbatim(String text) {
        return new Verbatim(text);
    }

    static Text joined(String separator, List<Text> parts) {
        return new Joined(parts, separator);
    }
}
