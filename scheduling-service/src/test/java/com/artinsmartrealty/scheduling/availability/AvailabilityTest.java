package com.artinsmartrealty.scheduling.availability;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class AvailabilityTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    /** A Monday. */
    private static final LocalDate MONDAY = LocalDate.of(2030, 1, 7);

    private static WeeklyHours weekly(DayOfWeek day, String start, String end) {
        return new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static DatedHours dated(String start, String end) {
        return new DatedHours(LocalDateTime.parse(start), LocalDateTime.parse(end), null);
    }

    private static Interval local(LocalDate day, String start, String end, ZoneId zone) {
        return new Interval(day.atTime(LocalTime.parse(start)).atZone(zone).toInstant(),
                day.atTime(LocalTime.parse(end)).atZone(zone).toInstant());
    }

    private static Interval wholeDay(LocalDate day, ZoneId zone) {
        return new Interval(day.atStartOfDay(zone).toInstant(), day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    @Test
    void weeklyHoursRepeatOnTheirDayInTheTenantsZone() {
        Availability availability = new Availability(List.of(weekly(DayOfWeek.MONDAY, "09:00", "13:00"),
                weekly(DayOfWeek.MONDAY, "14:00", "18:00"), weekly(DayOfWeek.TUESDAY, "10:00", "12:00")),
                List.of(), List.of(), null);

        assertThat(availability.windows(wholeDay(MONDAY, DUBAI), DUBAI).intervals())
                .containsExactly(local(MONDAY, "09:00", "13:00", DUBAI), local(MONDAY, "14:00", "18:00", DUBAI));
        assertThat(availability.windows(wholeDay(MONDAY.plusWeeks(3), DUBAI), DUBAI).intervals().getFirst().start())
                .isEqualTo(Instant.parse("2030-01-28T05:00:00Z"));
        assertThat(availability.windows(wholeDay(MONDAY.plusDays(2), DUBAI), DUBAI).isEmpty()).isTrue();
    }

    @Test
    void timeOffRemovesHoursAndExtraHoursAddThem() {
        Availability availability = new Availability(List.of(weekly(DayOfWeek.MONDAY, "09:00", "18:00")),
                List.of(dated("2030-01-07T12:00", "2030-01-07T15:00")),
                List.of(dated("2030-01-07T18:00", "2030-01-07T20:00"), dated("2030-01-12T10:00", "2030-01-12T12:00")),
                null);

        assertThat(availability.windows(wholeDay(MONDAY, DUBAI), DUBAI).intervals())
                .containsExactly(local(MONDAY, "09:00", "12:00", DUBAI), local(MONDAY, "15:00", "20:00", DUBAI));
        assertThat(availability.windows(wholeDay(LocalDate.of(2030, 1, 12), DUBAI), DUBAI).intervals())
                .containsExactly(local(LocalDate.of(2030, 1, 12), "10:00", "12:00", DUBAI));
    }

    @Test
    void timeOffOverSeveralDaysClearsThemAll() {
        Availability availability = new Availability(List.of(weekly(DayOfWeek.MONDAY, "09:00", "18:00"),
                weekly(DayOfWeek.TUESDAY, "09:00", "18:00"), weekly(DayOfWeek.WEDNESDAY, "09:00", "18:00")),
                List.of(dated("2030-01-07T00:00", "2030-01-09T00:00")), List.of(), null);

        Interval week = new Interval(wholeDay(MONDAY, DUBAI).start(), wholeDay(MONDAY.plusDays(3), DUBAI).start());
        assertThat(availability.windows(week, DUBAI).intervals())
                .containsExactly(local(MONDAY.plusDays(2), "09:00", "18:00", DUBAI));
    }

    @Test
    void localHoursStayLocalAcrossDaylightSavingChanges() {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Availability availability = new Availability(List.of(weekly(DayOfWeek.FRIDAY, "09:00", "17:00"),
                weekly(DayOfWeek.MONDAY, "09:00", "17:00")), List.of(), List.of(), null);
        LocalDate fridayBefore = LocalDate.of(2030, 3, 29);
        LocalDate mondayAfter = LocalDate.of(2030, 4, 1);

        assertThat(availability.windows(wholeDay(fridayBefore, berlin), berlin).intervals().getFirst().start())
                .isEqualTo(Instant.parse("2030-03-29T08:00:00Z"));
        assertThat(availability.windows(wholeDay(mondayAfter, berlin), berlin).intervals().getFirst().start())
                .isEqualTo(Instant.parse("2030-04-01T07:00:00Z"));
    }

    @Test
    void overlappingWeeklyHoursAreRejectedNamingBoth() {
        Availability availability = new Availability(List.of(weekly(DayOfWeek.SUNDAY, "09:00", "13:00"),
                weekly(DayOfWeek.SUNDAY, "12:00", "18:00"), weekly(DayOfWeek.MONDAY, "12:00", "18:00")),
                List.of(), List.of(), null);

        assertThat(availability.problems())
                .containsExactly("Weekly hours SUNDAY 09:00-13:00 and SUNDAY 12:00-18:00 overlap.");
    }

    @Test
    void touchingHoursAreFineAndMerge() {
        Availability availability = new Availability(List.of(weekly(DayOfWeek.MONDAY, "09:00", "13:00"),
                weekly(DayOfWeek.MONDAY, "13:00", "18:00")), List.of(), List.of(), null);

        assertThat(availability.problems()).isEmpty();
        assertThat(availability.windows(wholeDay(MONDAY, DUBAI), DUBAI).intervals())
                .containsExactly(local(MONDAY, "09:00", "18:00", DUBAI));
    }

    @Test
    void everyProblemIsListed() {
        Availability availability = new Availability(
                java.util.Arrays.asList(weekly(DayOfWeek.MONDAY, "18:00", "09:00"), null),
                List.of(dated("2030-01-07T00:00", "2030-01-09T00:00"), dated("2030-01-08T00:00", "2030-01-10T00:00")),
                List.of(new DatedHours(LocalDateTime.parse("2030-01-07T10:00"), LocalDateTime.parse("2030-01-07T11:00"),
                        "x".repeat(Availability.MAX_NOTE_LENGTH + 1))),
                0);

        assertThat(availability.problems()).containsExactly(
                "The daily limit must be between 1 and 48.",
                "Weekly hours on MONDAY 18:00-09:00 end before they start.",
                "Weekly hours need a day, a start and an end.",
                "Time off 2030-01-07T00:00 - 2030-01-09T00:00 and 2030-01-08T00:00 - 2030-01-10T00:00 overlap.",
                "Extra hours notes are at most 200 characters.");
    }
}
