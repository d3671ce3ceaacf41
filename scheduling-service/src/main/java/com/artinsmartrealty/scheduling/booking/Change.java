package com.artinsmartrealty.scheduling.booking;

import java.util.List;

/** An appointment after a command, with the events the command caused; none when nothing changed. */
public record Change(Appointment next, List<AppointmentEvent> events) {

    public Change {
        events = List.copyOf(events);
    }

    public boolean changed() {
        return !events.isEmpty();
    }
}
