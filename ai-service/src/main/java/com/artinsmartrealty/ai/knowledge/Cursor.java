package com.artinsmartrealty.ai.knowledge;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Where a page of entries ends: the creation time (to the microsecond, as PostgreSQL keeps it) and id
 * of its last entry, opaque to clients.
 */
record Cursor(Instant createdAt, UUID id) {

    String encode() {
        long micros = ChronoUnit.MICROS.between(Instant.EPOCH, createdAt);
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((micros + "." + id).getBytes(StandardCharsets.US_ASCII));
    }

    /** The cursor a client sent back, or empty when it is not one of ours. */
    static Optional<Cursor> decode(String value) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.US_ASCII);
            int dot = text.indexOf('.');
            long micros = Long.parseLong(text.substring(0, dot));
            return Optional.of(new Cursor(Instant.EPOCH.plus(micros, ChronoUnit.MICROS),
                    UUID.fromString(text.substring(dot + 1))));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
