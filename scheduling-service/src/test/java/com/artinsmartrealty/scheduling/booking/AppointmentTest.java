package com.artinsmartrealty.scheduling.booking;

import static com.artinsmartrealty.scheduling.booking.AppointmentMother.BOOKED_AT;
import static com.artinsmartrealty.scheduling.booking.AppointmentMother.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AppointmentTest {

    private static final Instant BEFORE = BOOKED_AT.plus(Duration.ofHours(1));
    private static final Instant AFTER = START.plus(Duration.ofHours(2));

    @Test
    void bookingCausesBookedAtRevisionZero() {
        Change change = Appointment.book(AppointmentMother.booked().id(), AppointmentMother.TENANT,
                AppointmentMother.AGENT, AppointmentMother.LEAD, Interval.of(START, Duration.ofHours(1)),
                START.plus(Duration.ofMinutes(75)), java.time.ZoneId.of("Asia/Dubai"), "key", null, "en", BOOKED_AT);

        assertThat(change.next().status()).isEqualTo(AppointmentStatus.BOOKED);
        assertThat(change.next().sequence()).isZero();
        assertThat(change.next().bookedStart()).isEqualTo(START);
        assertThat(change.events()).containsExactly(new AppointmentEvent.Booked());
    }

    /** Which command each status allows and where it leads; "-" means refused, "=" means no change. */
    @ParameterizedTest(name = "{0}: confirm {1}, cancel {2}, complete {3}, no-show {4}")
    @CsvSource({
        "BOOKED,      CONFIRMED, CANCELLED, COMPLETED, NO_SHOW",
        "CONFIRMED,   =,         CANCELLED, COMPLETED, NO_SHOW",
        "RESCHEDULED, CONFIRMED, CANCELLED, COMPLETED, NO_SHOW",
        "COMPLETED,   -,         -,         =,         -",
        "NO_SHOW,     -,         -,         -,         =",
        "CANCELLED,   -,         =,         -,         -"})
    void statusCommands(AppointmentStatus from, String confirm, String cancel, String complete, String noShow) {
        Appointment appointment = AppointmentMother.in(from);
        Instant beforeStart = BEFORE;
        Instant afterStart = AFTER.plus(Duration.ofDays(2));

        expect(appointment, confirm, () -> appointment.confirm(beforeStart));
        expect(appointment, cancel, () -> appointment.cancel("changed plans", beforeStart));
        expect(appointment, complete, () -> appointment.complete(afterStart));
        expect(appointment, noShow, () -> appointment.markNoShow(afterStart));
    }

    private static void expect(Appointment before, String outcome, java.util.function.Supplier<Change> command) {
        switch (outcome) {
            case "-" -> assertThatThrownBy(command::get).isInstanceOf(IllegalTransitionException.class);
            case "=" -> {
                Change change = command.get();
                assertThat(change.changed()).isFalse();
                assertThat(change.next()).isEqualTo(before);
            }
            default -> {
                Change change = command.get();
                AppointmentStatus target = AppointmentStatus.valueOf(outcome);
                assertThat(change.next().status()).isEqualTo(target);
                assertThat(change.events()).singleElement().isInstanceOfSatisfying(
                        AppointmentEvent.StatusChanged.class, event -> assertThat(event.status()).isEqualTo(target));
            }
        }
    }

    @Test
    void cancellingKeepsTheReasonAndBumpsTheCalendarRevision() {
        Change change = AppointmentMother.booked().cancel("lead travelling", BEFORE);

        assertThat(change.next().statusReason()).isEqualTo("lead travelling");
        assertThat(change.next().sequence()).isEqualTo(1);
        assertThat(change.events()).containsExactly(
                new AppointmentEvent.StatusChanged(AppointmentStatus.CANCELLED, "lead travelling"));
    }

    @Test
    void aViewingIsCompletedOrMissedOnlyOnceItStarted() {
        Appointment booked = AppointmentMother.booked();

        assertThatThrownBy(() -> booked.complete(BEFORE)).isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> booked.markNoShow(BEFORE)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> booked.confirm(AFTER)).isInstanceOf(IllegalTransitionException.class);
    }

    @ParameterizedTest
    @EnumSource(value = AppointmentStatus.class, names = {"BOOKED", "CONFIRMED", "RESCHEDULED"})
    void anOpenViewingMovesAndSaysWhereFrom(AppointmentStatus status) {
        Appointment appointment = AppointmentMother.in(status);
        Interval later = Interval.of(appointment.time().start().plus(Duration.ofDays(2)), Duration.ofMinutes(45));

        Change change = appointment.reschedule(later, later.end().plus(Duration.ofMinutes(15)), BEFORE);

        assertThat(change.next().time()).isEqualTo(later);
        assertThat(change.next().status()).isEqualTo(AppointmentStatus.RESCHEDULED);
        assertThat(change.next().sequence()).isEqualTo(appointment.sequence() + 1);
        assertThat(change.next().id()).isEqualTo(appointment.id());
        assertThat(change.next().bookedStart()).isEqualTo(START);
        assertThat(change.events()).containsExactly(new AppointmentEvent.Rescheduled(appointment.time().start()));
    }

    @ParameterizedTest
    @EnumSource(value = AppointmentStatus.class, names = {"COMPLETED", "NO_SHOW", "CANCELLED"})
    void aClosedViewingDoesNotMove(AppointmentStatus status) {
        Appointment appointment = AppointmentMother.in(status);
        Interval later = Interval.of(START.plus(Duration.ofDays(3)), Duration.ofHours(1));

        assertThatThrownBy(() -> appointment.reschedule(later, later.end(), BEFORE))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void movingToTheSameTimeChangesNothing() {
        Appointment booked = AppointmentMother.booked();

        assertThat(booked.reschedule(booked.time(), booked.busyUntil(), BEFORE).changed()).isFalse();
    }
}
