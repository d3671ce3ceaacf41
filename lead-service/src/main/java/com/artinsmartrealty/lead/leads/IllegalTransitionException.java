package com.artinsmartrealty.lead.leads;

/** A status move the lifecycle does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final LeadStatus from;
    private final LeadStatus to;

    public IllegalTransitionException(LeadStatus from, LeadStatus to) {
        super("a lead cannot move from " + from + " to " + to);
        this.from = from;
        this.to = to;
    }

    public LeadStatus from() {
        return from;
    }

    public LeadStatus to() {
        return to;
    }
}
