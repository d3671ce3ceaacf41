package com.artinsmartrealty.conversation.state;

/** A button to offer: its label and what pressing it sends back (at most 64 bytes). */
public record Choice(Text label, String data) {

    static Choice of(String labelKey, String data) {
        return new Choice(Text.of(labelKey), data);
    }
}
