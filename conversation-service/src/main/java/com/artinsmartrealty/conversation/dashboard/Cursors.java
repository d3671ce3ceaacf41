package com.artinsmartrealty.conversation.dashboard;

import com.artinsmartrealty.conversation.persistence.ConversationQueries;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** Opaque list cursors: the position of the last item of a page. */
final class Cursors {

    private Cursors() {
    }

    static String of(ConversationQueries.Position position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                (position.updatedAt() + "|" + position.id()).getBytes(StandardCharsets.UTF_8));
    }

    static ConversationQueries.Position parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2) {
                throw new IllegalArgumentException("two parts expected");
            }
            return new ConversationQueries.Position(Instant.parse(parts[0]), UUID.fromString(parts[1]));
        } catch (RuntimeException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a cursor of this list");
        }
    }
}
