package com.artinsmartrealty.platform.messaging;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.kafka.support.Acknowledgment;
import reactor.core.scheduler.Scheduler;

/**
 * Commits a partition's offsets only up to the first record still in flight. Records finish out of
 * order (a slow chat does not hold back others), but a commit never skips an unfinished record, so
 * a restart redelivers it instead of losing it.
 *
 * <p>Commits are gathered: once per {@code interval} the highest finished offset of every partition
 * is acknowledged, rather than one commit per finished record. A crash may redeliver the records of
 * the last interval, which every consumer here takes idempotently.
 */
final class CommitTracker {

    private final Map<String, TreeMap<Long, Entry>> partitions = new ConcurrentHashMap<>();
    private final Map<String, Acknowledgment> toAcknowledge = new ConcurrentHashMap<>();
    private final AtomicBoolean flushScheduled = new AtomicBoolean();
    private final Duration interval;
    private final Scheduler scheduler;

    CommitTracker(Duration interval, Scheduler scheduler) {
        this.interval = interval;
        this.scheduler = scheduler;
    }

    void track(ConsumedRecord record, Acknowledgment acknowledgment) {
        TreeMap<Long, Entry> inFlight = partitions.computeIfAbsent(partitionOf(record), key -> new TreeMap<>());
        synchronized (inFlight) {
            inFlight.put(record.offset(), new Entry(acknowledgment));
        }
    }

    /** Marks a record finished; the highest offset below which all are finished is acknowledged soon. */
    void complete(ConsumedRecord record) {
        String partition = partitionOf(record);
        TreeMap<Long, Entry> inFlight = partitions.get(partition);
        if (inFlight == null) {
            return;
        }
        synchronized (inFlight) {
            Entry entry = inFlight.get(record.offset());
            if (entry == null) {
                return;
            }
            entry.done = true;
            Acknowledgment commitUpTo = null;
            while (!inFlight.isEmpty() && inFlight.firstEntry().getValue().done) {
                commitUpTo = inFlight.pollFirstEntry().getValue().acknowledgment;
            }
            if (commitUpTo == null) {
                return;
            }
            toAcknowledge.put(partition, commitUpTo); // under the partition's lock: never an older one after
        }
        if (flushScheduled.compareAndSet(false, true)) {
            scheduler.schedule(this::flush, interval.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void flush() {
        flushScheduled.set(false);
        for (String partition : toAcknowledge.keySet()) {
            Acknowledgment latest = toAcknowledge.remove(partition);
            if (latest != null) {
                latest.acknowledge();
            }
        }
    }

    /** Records tracked and not yet finished, across partitions. */
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
