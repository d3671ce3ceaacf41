package com.artinsmartrealty.ai.bench;

import java.util.Arrays;

/** Recorded latencies in nanoseconds, summarised as percentiles in milliseconds. */
final class Latencies {

    private final long[] nanos;
    private int count;

    Latencies(int capacity) {
        this.nanos = new long[capacity];
    }

    synchronized void add(long value) {
        nanos[count++] = value;
    }

    String summary(double seconds) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        return String.format("%,d ops | p50 %.3f ms | p99 %.3f ms | p99.9 %.3f ms | max %.3f ms | %,.0f ops/s",
                count, percentile(sorted, 50), percentile(sorted, 99), percentile(sorted, 99.9),
                sorted[sorted.length - 1] / 1e6, count / seconds);
    }

    private static double percentile(long[] sorted, double percent) {
        int index = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }
}
