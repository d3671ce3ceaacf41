package com.artinsmartrealty.conversation.state;

/** How the listings shown relate to what the lead asked for. */
public enum Fit {
    /** Within budget. */
    WITHIN_BUDGET,
    /** Nothing within budget: the nearest above it. */
    ABOVE_BUDGET,
    /** Nothing to buy within budget: rentals instead. */
    RENT_INSTEAD,
    /** Nothing like it in the agency's listings. */
    NO_INVENTORY
}
