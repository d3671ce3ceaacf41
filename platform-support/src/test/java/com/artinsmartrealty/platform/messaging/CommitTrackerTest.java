package com.artinsmartrealty.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.support.Acknowledgment;

class CommitTrackerTest {

    private final CommitTracker tracker = new CommitTracker();
    private final List<Long> acknowledged = new ArrayList<>();

    @Test
    void commitsNothingPastARecordStillInFlight() {
        ConsumedRecord slow = track(10);
        ConsumedRecord fast = track(11);

        tracker.complete(fast);

        assertThat(acknowledged).isEmpty();
        tracker.complete(slow);
        assertThat(acknowledged).containsExactly(11L);
        assertThat(tracker.pending()).isZero();
    }

    @Test
    void commitsEachContiguousRunOnce() {
        ConsumedRecord first = track(1);
        ConsumedRecord second = track(2);
        ConsumedRecord third = track(3);

        tracker.complete(first);
        tracker.complete(third);
        tracker.complete(second);

        assertThat(acknowledged).containsExactly(1L, 3L);
    }

    @Test
    void partitionsAreIndependent() {
        ConsumedRecord blocked = track("chat.inbound.v1", 0, 5);
        ConsumedRecord other = track("chat.inbound.v1", 1, 5);

        tracker.complete(other);

        assertThat(acknowledged).containsExactly(5L);
        assertThat(tracker.pending()).isEqualTo(1);
        tracker.complete(blocked);
    }

    private ConsumedRecord track(long offset) {
        return track("chat.inbound.v1", 0, offset);
    }

    private ConsumedRecord track(String topic, int partition, long offset) {
        ConsumedRecord record = new ConsumedRecord(topic, partition, offset, "k", new byte[0]);
        Acknowledgment acknowledgment = () -> acknowledged.add(offset);
        tracker.track(record, acknowledgment);
        return record;
    }
}
