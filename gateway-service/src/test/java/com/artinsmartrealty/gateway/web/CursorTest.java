package com.artinsmartrealty.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.web.server.ResponseStatusException;

class CursorTest {

    @Test
    void aCursorRoundTripsToTheMicrosecond() {
        Cursor cursor = new Cursor(Instant.parse("2026-11-24T10:15:30.123456Z"), UUID.randomUUID());

        assertThat(Cursor.decode(cursor.encode())).isEqualTo(cursor);
        assertThat(Cursor.decode(null)).isEqualTo(Cursor.START);
    }

    @Test
    void aForgedCursorOrAnOutOfRangeLimitIsA400() {
        assertThatThrownBy(() -> Cursor.decode("not-a-cursor")).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> Cursor.limit(0, 50, 200)).isInstanceOf(ResponseStatusException.class);
        assertThatThrownBy(() -> Cursor.limit(201, 50, 200)).isInstanceOf(ResponseStatusException.class);
        assertThat(Cursor.limit(null, 50, 200)).isEqualTo(50);
    }
}
