package com.artinsmartrealty.contracts.api.media;

/**
 * The schemes of {@link com.artinsmartrealty.contracts.chat.MediaRef#ref()} and who serves each.
 * Bytes never travel in records; a service that needs them asks the owner with a service token.
 *
 * <ul>
 *   <li>{@code media:<tenantId>/<id>}: a file the gateway received from a channel and stored;
 *       {@code GET <gateway>/internal/media?ref=<ref>}.</li>
 *   <li>{@code telegram-file:<file_id>}: a Telegram file not fetched yet; the gateway resolves it the
 *       same way.</li>
 *   <li>{@code lead-report:<leadId>}: the lead's PDF report, rendered by lead-service in the lead's
 *       language; {@code GET <lead>/internal/leads/<leadId>/report.pdf}.</li>
 *   <li>{@code appointment-ics:<appointmentId>}: an appointment's calendar file;
 *       {@code GET <scheduling>/internal/appointments/<id>.ics}.</li>
 * </ul>
 */
public final class MediaRefs {

    public static final String STORED = "media:";
    public static final String TELEGRAM_FILE = "telegram-file:";
    public static final String LEAD_REPORT = "lead-report:";
    public static final String APPOINTMENT_ICS = "appointment-ics:";

    /** The gateway's endpoint for stored and channel media, with {@code ref} as a query parameter. */
    public static final String GATEWAY_MEDIA_PATH = "/internal/media";

    private MediaRefs() {
    }
}
