package com.artinsmartrealty.scheduling.booking;

/** No appointment under that id that the caller may see: unknown, another tenant's, or another agent's. */
final class AppointmentNotFoundException extends RuntimeException {

    AppointmentNotFoundException() {
        super("No such appointment.", null, false, false);
    }
}
