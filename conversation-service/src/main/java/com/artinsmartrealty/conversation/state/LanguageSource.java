package com.artinsmartrealty.conversation.state;

/** How the conversation's language was settled; it decides how readily the language follows the user. */
public enum LanguageSource {
    /** Nothing told: the platform's default. Any message that tells switches it. */
    DEFAULT,
    /** The language the user's client reports. */
    CLIENT,
    /** Read from the user's messages. */
    DETECTED,
    /** Chosen with /language or its buttons: never switched automatically. */
    CHOSEN
}
