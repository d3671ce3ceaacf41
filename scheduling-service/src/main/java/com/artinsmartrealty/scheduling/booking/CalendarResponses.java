package com.artinsmartrealty.scheduling.booking;

import java.nio.charset.StandardCharsets;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A calendar file as a download: {@code text/calendar} in UTF-8, named {@code viewing.ics}. */
final class CalendarResponses {

    private static final MediaType CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private CalendarResponses() {
    }

    static ResponseEntity<String> of(String file) {
        return ResponseEntity.ok()
                .contentType(CALENDAR)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename("viewing.ics").build().toString())
                .body(file);
    }
}
