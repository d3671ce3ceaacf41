package com.artinsmartrealty.scheduling.reminders;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ReminderPlanTest {

    private static final UUID APPOINTMENT = UUID.fromString("00000000-0000-4000-8000-0000000000d1");
    private static final Instant START = Instant.parse("2030-01-10T06:00:00Z");

    private final ReminderPlan plan = new ReminderPlan(List.of(Duration.ofHours(1), Duration.ofHours(24)));

    @Test
    void bothRemindersForAViewingDaysAhead() {
        List<PlannedReminder> planned = plan.plan(APPOINTMENT, START, START.minus(Duration.ofDays(3)));

        assertThat(planned).extracting(PlannedReminder::minutesBefore).containsExactly(60, 1440);
        assertThat(planned).extracting(PlannedReminder::dueAt)
                .containsExactly(START.minus(Duration.ofHours(1)), START.minus(Duration.ofHours(24)));
    }

    @Test
    void onlyTheRemindersStillAhead() {
        assertThat(plan.plan(APPOINTMENT, START, START.minus(Duration.ofHours(5))))
                .extracting(PlannedReminder::minutesBefore).containsExactly(60);
        assertThat(plan.plan(APPOINTMENT, START, START.minus(Duration.ofMinutes(50)))).isEmpty();
    }

    @Test
    void messageIdsAreFixedByAppointmentOffsetAndStart() {
        Instant now = START.minus(Duration.ofDays(3));
        PlannedReminder first = plan.plan(APPOINTMENT, START, now).getFirst();

        assertThat(plan.plan(APPOINTMENT, START, now.plusSeconds(30)).getFirst().messageId())
                .isEqualTo(first.messageId());
        assertThat(plan.plan(APPOINTMENT, START.plus(Duration.ofDays(1)), now).getFirst().messageId())
                .isNotEqualTo(first.messageId());
        assertThat(plan.plan(APPOINTMENT, START, now).getLast().messageId()).isNotEqualTo(first.messageId());
    }

    @Test
    void aDueReminderGoesOutWhileTheViewingIsOpenAndAhead() {
        Instant dayBefore = START.minus(Duration.ofHours(23));

        assertThat(plan.shouldSend(1440, START, true, dayBefore)).isTrue();
        assertThat(plan.shouldSend(1440, START, false, dayBefore)).isFalse();
        assertThat(plan.shouldSend(60, START, true, START)).isFalse();
    }

    @Test
    void afterAnOutageOnlyTheLatestDueReminderGoesOut() {
        Instant halfHourBefore = START.minus(Duration.ofMinutes(30));

        assertThat(plan.shouldSend(1440, START, true, halfHourBefore)).isFalse();
        assertThat(plan.shouldSend(60, START, true, halfHourBefore)).isTrue();
    }
}
