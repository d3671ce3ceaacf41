package com.artinsmartrealty.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.UUID;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/** The files parse with ical4j's own parser, as a calendar app would read them. */
class CalendarFileTest {

    private static final UUID ID = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    private static final Instant START = Instant.parse("2026-11-25T06:00:00Z");
    private static final Instant END = Instant.parse("2026-11-25T07:00:00Z");
    private static final Instant CREATED = Instant.parse("2026-11-24T08:15:30Z");

    private final CalendarFile files = new CalendarFile();

    private static CalendarEntry entry(ZoneId zone, boolean cancelled, int sequence) {
        return new CalendarEntry(ID, START, END, zone, cancelled, sequence, CREATED, CREATED, "بازدید ملک با سارا");
    }

    private static VEvent parse(String file) throws Exception {
        Calendar calendar = new CalendarBuilder().build(new StringReader(file));
        return calendar.<VEvent>getComponent("VEVENT").orElseThrow();
    }

    private static Instant instant(Temporal temporal) {
        return ZonedDateTime.from(temporal).toInstant();
    }

    @Test
    void theEventStartsAtTheRightInstantInTheTenantsZone() throws Exception {
        String file = files.render(entry(ZoneId.of("Asia/Dubai"), false, 0), CREATED);
        VEvent event = parse(file);

        DtStart<?> start = event.getDateTimeStart();
        assertThat(instant(start.getDate())).isEqualTo(START);
        assertThat(instant(event.getDateTimeEnd().getDate())).isEqualTo(END);
        assertThat(start.getParameter("TZID")).map(Object::toString).contains("TZID=Asia/Dubai");
        assertThat(file).contains("DTSTART;TZID=Asia/Dubai:20261125T100000", "BEGIN:VTIMEZONE", "TZID:Asia/Dubai")
                .contains("\r\n");
        assertThat(event.getSummary().getValue()).isEqualTo("بازدید ملک با سارا");
        assertThat(event.getStatus().getValue()).isEqualTo("CONFIRMED");
    }

    @Test
    void theUidStaysAndTheSequenceGrowsAcrossChanges() throws Exception {
        VEvent first = parse(files.render(entry(ZoneId.of("Asia/Dubai"), false, 0), CREATED));
        VEvent cancelled = parse(files.render(entry(ZoneId.of("Asia/Dubai"), true, 2), CREATED.plusSeconds(60)));

        assertThat(cancelled.getUid().orElseThrow().getValue()).isEqualTo(first.getUid().orElseThrow().getValue())
                .startsWith(ID.toString());
        assertThat(first.getSequence().getSequenceNo()).isZero();
        assertThat(cancelled.getSequence().getSequenceNo()).isEqualTo(2);
        assertThat(cancelled.getStatus().getValue()).isEqualTo("CANCELLED");
    }

    @Test
    void aZoneOutsideTheCalendarDatabaseIsWrittenInUtc() throws Exception {
        String file = files.render(entry(ZoneId.of("GMT+04:00"), false, 0), CREATED);

        assertThat(file).contains("DTSTART:20261125T060000Z").doesNotContain("VTIMEZONE");
        assertThat(instant(parse(file).getDateTimeStart().getDate())).isEqualTo(START);
    }
}
