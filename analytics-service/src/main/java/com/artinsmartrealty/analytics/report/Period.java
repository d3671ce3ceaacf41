package com.artinsmartrealty.analytics.report;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The time range a report covers, {@code [from, to)}. Requests give ISO dates ({@code 2026-11-01},
 * UTC days, {@code to} inclusive) or instants; without them the last 30 days up to now.
 */
public record Period(Instant from, Instant to) {

    static final Duration DEFAULT = Duration.ofDays(30);
    static final Duration LONGEST = Duration.ofDays(400);

    public Period {
        if (!to.isAfter(from)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "from must be before to");
        }
        if (Duration.between(from, to).compareTo(LONGEST) > 0) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "a report covers at most 400 days");
        }
    }

    static Period parse(String from, String to, Clock clock) {
        Instant end = to == null || to.isBlank() ? clock.instant() : parse(to, true);
        Instant start = from == null || from.isBlank() ? end.minus(DEFAULT) : parse(from, false);
        return new Period(start, end);
    }

    LocalDate firstDay() {
        return LocalDate.ofInstant(from, ZoneOffset.UTC);
    }

    /** The last day the period touches. */
    LocalDate lastDay() {
        return LocalDate.ofInstant(to.minusNanos(1), ZoneOffset.UTC);
    }

    private static Instant parse(String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a date or instant: " + value);
        }
    }
}
