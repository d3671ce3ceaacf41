package com.artinsmartrealty.conversation.state;

/** Something the conversation reacts to: what the user sent, or an answer from another service. */
public sealed interface Input {

    /** Typed text that is not a command. */
    record TextMessage(String text) implements Input {
    }

    /** A command: {@code /start payload}, {@code /restart}, {@code /language fa}. */
    record Command(String name, String argument) implements Input {
    }

    /** A button the bot offered was pressed. */
    record ButtonPressed(String data) implements Input {
    }

    /** A voice note arrived. */
    record VoiceNote(String mediaRef, int durationSeconds) implements Input {
    }

    /** A photo arrived. */
    record PhotoSent(String mediaRef, String caption) implements Input {
    }

    /** A phone contact was shared; {@code own} when it is the sender's own number. */
    record ContactShared(String phone, boolean own) implements Input {
    }

    /** An edit of an earlier message: ignored. */
    record Edited() implements Input {
    }

    /** Anything else the channel delivered (documents, locations, stickers). */
    record Unexpected(String description) implements Input {
    }

    /** Reads typed text, telling commands from ordinary text. */
    static Input ofText(String text) {
        String trimmed = text.strip();
        if (trimmed.startsWith("/") && trimmed.length() > 1) {
            int space = trimmed.indexOf(' ');
            String name = (space < 0 ? trimmed.substring(1) : trimmed.substring(1, space)).toLowerCase();
            int at = name.indexOf('@');
            if (at >= 0) {
                name = name.substring(0, at);
            }
            String argument = space < 0 ? null : trimmed.substring(space + 1).strip();
            return new Command(name, argument == null || argument.isEmpty() ? null : argument);
        }
        return new TextMessage(trimmed);
    }
}
