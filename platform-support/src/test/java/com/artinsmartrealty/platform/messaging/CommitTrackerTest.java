package com.artinsmartrealty.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;
import reactor.test.scheduler.VirtualTimeScheduler;

class CommitTrackerTest {

    private static final Duration INTERVAL = Duration.ofMillis(50);

    private final VirtualTimeScheduler time = VirtualTimeScheduler.create();
    private final CommitTracker tracker = new CommitTracker(INTERVAL, time);
    private final List<String> acknowledged = new ArrayList<>();

    @Test
    void commitsNothingPastARecordStillInFlight() {
        ConsumedRecord slow = track(10);
        ConsumedRecord fast = track(11);

        tracker.complete(fast);
        time.advanceTimeBy(INTERVAL);

        assertThat(acknowledged).isEmpty();
        tracker.complete(slow);
        time.advanceTimeBy(INTERVAL);
        assertThat(acknowledged).containsExactly("0@11");
        assertThat(tracker.pending()).isZero();
    }

    @Test
    void commitsOnlyTheLatestFinishedOffsetOfEachIntervalAndNotBeforeItEnds() {
        ConsumedRecord first = track(1);
        ConsumedRecord second = track(2);
        ConsumedRecord third = track(3);
        ConsumedRecord fourth = track(4);

        tracker.complete(first);
        tracker.complete(second);
        time.advanceTimeBy(INTERVAL.minusMillis(1));
        assertThat(acknowledged).isEmpty();
        time.advanceTimeBy(Duration.ofMillis(1));
        assertThat(acknowledged).containsExactly("0@2");

        tracker.complete(fourth);
        tracker.complete(third);
        time.advanceTimeBy(INTERVAL);
        assertThat(acknowledged).containsExactly("0@2", "0@4");
        time.advanceTimeBy(INTERVAL.multipliedBy(10));
        assertThat(acknowledged).hasSize(2);
    }

    @Test
    void partitionsAreIndependentAndCommittedTogether() {
        ConsumedRecord blocked = track("chat.inbound.v1", 0, 5);
        ConsumedRecord other = track("chat.inbound.v1", 1, 5);
        ConsumedRecord third = track("chat.inbound.v1", 2, 7);

        tracker.complete(other);
        tracker.complete(third);
        time.advanceTimeBy(INTERVAL);

        assertThat(acknowledged).containsExactlyInAnyOrder("1@5", "2@7");
        assertThat(tracker.pending()).isEqualTo(1);
        tracker.complete(blocked);
        time.advanceTimeBy(INTERVAL);
        assertThat(acknowledged).containsExactlyInAnyOrder("1@5", "2@7", "0@5");
    }

    private ConsumedRecord track(long offset) {
        return track("chat.inbound.v1", 0, offset);
    }

    private ConsumedRecord track(String topic, int partition, long offset) {
        ConsumedRecord record = new ConsumedRecord(topic, partition, offset, "k", new byte[0]);
        Acknowledgment acknowledgment = () -> acknowledged.add(partition + "@" + offset);
        tracker.track(record, acknowledgment);
        return record;
    }
}
