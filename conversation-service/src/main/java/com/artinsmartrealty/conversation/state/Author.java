package com.artinsmartrealty.conversation.state;

/** Who a reply speaks for. */
public enum Author {
    BOT, AGENT, SYSTEM
}
