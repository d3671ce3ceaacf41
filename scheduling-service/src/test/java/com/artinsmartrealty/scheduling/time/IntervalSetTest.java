package com.artinsmartrealty.scheduling.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IntervalSetTest {

    private static Interval at(int fromHour, int toHour) {
        return new Interval(Instant.parse("2030-01-07T00:00:00Z").plusSeconds(fromHour * 3600L),
                Instant.parse("2030-01-07T00:00:00Z").plusSeconds(toHour * 3600L));
    }

    @Test
    void overlappingAndTouchingIntervalsMerge() {
        IntervalSet set = IntervalSet.of(List.of(at(9, 11), at(13, 14), at(10, 12), at(12, 13), at(16, 17)));

        assertThat(set.intervals()).containsExactly(at(9, 14), at(16, 17));
    }

    @Test
    void minusCutsHolesAndEnds() {
        IntervalSet set = IntervalSet.of(List.of(at(9, 18)));

        IntervalSet left = set.minus(IntervalSet.of(List.of(at(12, 13), at(17, 20), at(5, 10))));

        assertThat(left.intervals()).containsExactly(at(10, 12), at(13, 17));
    }

    @Test
    void withinClipsToTheWindow() {
        IntervalSet set = IntervalSet.of(List.of(at(8, 10), at(11, 13), at(15, 16)));

        assertThat(set.within(at(9, 12)).intervals()).containsExactly(at(9, 10), at(11, 12));
    }

    @Test
    void enclosesOnlyWhatOneIntervalHolds() {
        IntervalSet set = IntervalSet.of(List.of(at(9, 12), at(13, 18)));

        assertThat(set.encloses(at(9, 12))).isTrue();
        assertThat(set.encloses(at(11, 14))).isFalse();
        assertThat(IntervalSet.of(List.of(at(9, 12), at(12, 14))).encloses(at(11, 13))).isTrue();
    }

    @Test
    void intervalsAreHalfOpen() {
        assertThat(at(9, 10).overlaps(at(10, 11))).isFalse();
        assertThat(at(9, 10).overlaps(at(9, 11))).isTrue();
        assertThatThrownBy(() -> at(10, 10)).isInstanceOf(IllegalArgumentException.class);
    }
}
