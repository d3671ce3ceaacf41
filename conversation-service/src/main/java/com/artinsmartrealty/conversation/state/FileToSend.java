package com.artinsmartrealty.conversation.state;

import java.util.UUID;

/** A file attached to a reply; the engine turns it into a reference the gateway resolves. */
public sealed interface FileToSend {

    /** The lead's PDF report, rendered by lead-service in the lead's language. */
    record LeadReport() implements FileToSend {
    }

    /** The calendar file of a booked viewing. */
    record ViewingCalendar(UUID appointmentId) implements FileToSend {
    }
}
