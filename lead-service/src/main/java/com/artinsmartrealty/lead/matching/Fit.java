package com.artinsmartrealty.lead.matching;

/** How the offered listings relate to what the lead asked for. */
public enum Fit {
    WITHIN_BUDGET, ABOVE_BUDGET, RENT_INSTEAD, NO_INVENTORY
}
