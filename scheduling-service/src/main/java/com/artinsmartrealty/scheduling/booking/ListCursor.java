package com.artinsmartrealty.scheduling.booking;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/** Where a page of appointments ended: the last one's start and id, as an opaque string. */
public record ListCursor(Instant start, UUID id) {

    public String encode() {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((start + "|" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a string encodes, or empty when it is not one. */
    public static Optional<ListCursor> decode(String value) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\\|", 2);
            return Optional.of(new ListCursor(Instant.parse(parts[0]), UUID.fromString(parts[1])));
        } catch (RuntimeException notACursor) {
            return Optional.empty();
        }
    }
}
