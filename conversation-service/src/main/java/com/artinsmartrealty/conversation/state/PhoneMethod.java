package com.artinsmartrealty.conversation.state;

/** How a phone number reached the conversation. */
public enum PhoneMethod {
    /** Typed in a message. */
    TYPED,
    /** Shared with the channel's contact button, and the sender's own. */
    SHARED_CONTACT,
    /** The number the channel vouches for (WhatsApp), confirmed with one tap. */
    CHANNEL_CONFIRMED
}
