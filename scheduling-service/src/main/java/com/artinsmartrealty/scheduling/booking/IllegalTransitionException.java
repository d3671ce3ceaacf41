package com.artinsmartrealty.scheduling.booking;

/** A command the appointment's status does not allow, e.g. completing a cancelled viewing. */
public final class IllegalTransitionException extends RuntimeException {

    public IllegalTransitionException(String message) {
        super(message);
    }
}
