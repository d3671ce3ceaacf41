package com.artinsmartrealty.platform.messaging;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Commits a partition's offsets only up to the first record still in flight. Records finish out of
 * order (a slow chat does not hold back others), but a commit never skips an unfinished record, so
 * a restart redelivers it instead of losing it.
 */
final class CommitTracker {

    private final Map<String, TreeMap<Long, Entry>> partitions = new ConcurrentHashMap<>();

    void track(ConsumedRecord record, Acknowledgment acknowledgment) {
        TreeMap<Long, Entry> inFlight = partitions.computeIfAbsent(partitionOf(record), key -> new TreeMap<>());
        synchronized (inFlight) {
            inFlight.put(record.offset(), new Entry(acknowledgment));
        }
    }

    /** Marks a record finished and acknowledges the highest offset below which all are finished. */
    void complete(ConsumedRecord record) {
        TreeMap<Long, Entry> inFlight = partitions.get(partitionOf(record));
        if (inFlight == null) {
            return;
        }
        Acknowledgment commitUpTo = null;
        synchronized (inFlight) {
            Entry entry = inFlight.get(record.offset());
            if (entry == null) {
                return;
            }
            entry.done = true;
            while (!inFlight.isEmpty() && inFlight.firstEntry().getValue().done) {
                commitUpTo = inFlight.pollFirstEntry().getValue().acknowledgment;
            }
        }
        if (commitUpTo != null) {
            commitUpTo.acknowledge();
        }
    }

    /** Records tracked and not yet committed, across partitions. */
    int pending() {
        return partitions.values().stream().mapToInt(inFlight -> {
            synchronized (inFlight) {
                return inFlight.size();
            }
        }).sum();
    }

    private static String partitionOf(ConsumedRecord record) {
        return record.topic() + "-" + record.partition();
    }

    private static final class Entry {
        private final Acknowledgment acknowledgment;
        private boolean done;

        private Entry(Acknowledgment acknowledgment) {
            this.acknowledgment = acknowledgment;
        }
    }
}
