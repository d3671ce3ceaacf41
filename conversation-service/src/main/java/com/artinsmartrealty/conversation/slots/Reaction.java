package com.artinsmartrealty.conversation.slots;

/** A short yes or no to the bot's last offer. */
public enum Reaction {
    YES, NO, NONE
}
