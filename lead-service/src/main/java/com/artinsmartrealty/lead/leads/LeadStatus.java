package com.artinsmartrealty.lead.leads;

import java.util.EnumSet;
import java.util.Set;

/**
 * The sales lifecycle of a lead. A lead moves forward through qualification, contact, viewing and
 * negotiation to a close; the allowed moves are listed here and nowhere else.
 */
public enum LeadStatus {
    NEW, QUALIFIED, CONTACTED, VIEWING_SCHEDULED, NEGOTIATING, CLOSED_WON, CLOSED_LOST;

    /** Whether a lead in this status may move to {@code next}. */
    public boolean canMoveTo(LeadStatus next) {
        return successors().contains(next);
    }

    /** The statuses this one may move to. */
    public Set<LeadStatus> successors() {
        return switch (this) {
            case NEW -> EnumSet.of(QUALIFIED, CONTACTED, VIEWING_SCHEDULED, CLOSED_LOST);
            case QUALIFIED -> EnumSet.of(CONTACTED, VIEWING_SCHEDULED, CLOSED_LOST);
            case CONTACTED -> EnumSet.of(VIEWING_SCHEDULED, NEGOTIATING, CLOSED_LOST);
            // A viewing that fell through goes back to contact; another viewing may follow negotiation.
            case VIEWING_SCHEDULED -> EnumSet.of(CONTACTED, NEGOTIATING, CLOSED_WON, CLOSED_LOST);
            case NEGOTIATING -> EnumSet.of(VIEWING_SCHEDULED, CLOSED_WON, CLOSED_LOST);
            case CLOSED_WON -> EnumSet.noneOf(LeadStatus.class);
            // A lost lead can come back.
            case CLOSED_LOST -> EnumSet.of(CONTACTED);
        };
    }

    /** Still being worked on: counts towards an agent's load. */
    public boolean isOpen() {
        return this != CLOSED_WON && this != CLOSED_LOST;
    }
}
