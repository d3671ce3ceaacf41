package com.artinsmartrealty.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.availability.DatedHours;
import com.artinsmartrealty.scheduling.availability.WeeklyHours;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BookingRulesTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final Instant NOW = local("2030-01-07T09:00");
    private static final Availability WEEKDAYS = new Availability(List.of(
            new WeeklyHours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0)),
            new WeeklyHours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))),
            List.of(new DatedHours(LocalDateTime.parse("2030-01-08T12:00"), LocalDateTime.parse("2030-01-08T13:00"),
                    "dentist")),
            List.of(), null);

    private final BookingRules rules = new BookingRules(new SlotPolicy(Duration.ofMinutes(60),
            Duration.ofMinutes(30), Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofDays(30), 6, 2));

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(DUBAI).toInstant();
    }

    private Optional<Rejection.Reason> check(String start, int minutes) {
        return rules.check(Interval.of(local(start), Duration.ofMinutes(minutes)), WEEKDAYS, DUBAI, NOW)
                .map(Rejection::reason);
    }

    @Test
    void aTimeInsideTheHoursIsBookable() {
        assertThat(check("2030-01-07T10:00", 60)).isEmpty();
        assertThat(check("2030-01-08T13:00", 90)).isEmpty();
    }

    @Test
    void aPastTimeIsRejected() {
        assertThat(check("2030-01-07T08:00", 60)).contains(Rejection.Reason.IN_THE_PAST);
        assertThat(check("2030-01-07T09:00", 60)).contains(Rejection.Reason.IN_THE_PAST);
    }

    @Test
    void timesOutsideTheHoursOrInTimeOffAreRejected() {
        assertThat(check("2030-01-07T17:30", 60)).contains(Rejection.Reason.OUTSIDE_AVAILABILITY);
        assertThat(check("2030-01-08T11:30", 60)).contains(Rejection.Reason.OUTSIDE_AVAILABILITY);
        assertThat(check("2030-01-09T10:00", 60)).contains(Rejection.Reason.OUTSIDE_AVAILABILITY);
    }

    @Test
    void timesBeyondTheHorizonAreRejected() {
        assertThat(check("2030-02-11T10:00", 60)).contains(Rejection.Reason.BEYOND_HORIZON);
    }

    @Test
    void lengthsOutsideQuarterHourToFourHoursAreRejected() {
        assertThat(rules.checkDuration(Duration.ofMinutes(10))).map(Rejection::reason)
                .contains(Rejection.Reason.INVALID_DURATION);
        assertThat(rules.checkDuration(Duration.ofMinutes(-30))).isPresent();
        assertThat(rules.checkDuration(Duration.ofHours(5))).isPresent();
        assertThat(rules.checkDuration(Duration.ofMinutes(45))).isEmpty();
        assertThat(rules.checkDuration(null)).isEmpty();
    }
}
