package com.artinsmartrealty.conversation.bench;

import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLongArray;

/** Latencies recorded from many threads, summarised as percentiles. */
final class Latencies {

    private final AtomicLongArray nanos;
    private final AtomicInteger count = new AtomicInteger();

    Latencies(int capacity) {
        nanos = new AtomicLongArray(capacity);
    }

    void record(long latencyNanos) {
        int at = count.getAndIncrement();
        if (at < nanos.length()) {
            nanos.set(at, latencyNanos);
        }
    }

    int count() {
        return Math.min(count.get(), nanos.length());
    }

    /** Milliseconds at each percentile, e.g. {@code percentiles(50, 99)}. */
    double[] percentiles(double... percentiles) {
        long[] sorted = new long[count()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = nanos.get(i);
        }
        Arrays.sort(sorted);
        double[] result = new double[percentiles.length];
        for (int i = 0; i < percentiles.length; i++) {
            int index = (int) Math.min(sorted.length - 1, Math.ceil(percentiles[i] / 100.0 * sorted.length) - 1);
            result[i] = sorted.length == 0 ? Double.NaN : sorted[Math.max(0, index)] / 1_000_000.0;
        }
        return result;
    }

    String summary() {
        double[] p = percentiles(50, 90, 99, 99.9, 100);
        return String.format("n=%d p50=%.2f ms p90=%.2f ms p99=%.2f ms p99.9=%.2f ms max=%.2f ms", count(), p[0], p[1],
                p[2], p[3], p[4]);
    }
}
