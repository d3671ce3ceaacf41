package com.artinsmartrealty.conversation.state;

/** A button to offer: its label's message key and what pressing it sends back. */
public record Choice(String labelKey, String data) {
}
