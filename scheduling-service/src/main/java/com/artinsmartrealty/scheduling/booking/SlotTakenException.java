package com.artinsmartrealty.scheduling.booking;

/** The requested time is no longer free; thrown inside the booking transaction to roll it back. */
final class SlotTakenException extends RuntimeException {

    SlotTakenException(String detail) {
        super(detail, null, false, false);
    }
}
