package com.artinsmartrealty.scheduling.time;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A union of intervals kept sorted, merged where they touch or overlap. Immutable. */
public final class IntervalSet {

    private static final IntervalSet EMPTY = new IntervalSet(List.of());

    private final List<Interval> intervals;

    private IntervalSet(List<Interval> merged) {
        this.intervals = merged;
    }

    public static IntervalSet empty() {
        return EMPTY;
    }

    public static IntervalSet of(Collection<Interval> intervals) {
        List<Interval> sorted = new ArrayList<>(intervals);
        sorted.sort(null);
        List<Interval> merged = new ArrayList<>();
        for (Interval next : sorted) {
            if (!merged.isEmpty() && !merged.getLast().end().isBefore(next.start())) {
                Interval last = merged.removeLast();
                merged.add(new Interval(last.start(), last.end().isAfter(next.end()) ? last.end() : next.end()));
            } else {
                merged.add(next);
            }
        }
        return new IntervalSet(List.copyOf(merged));
    }

    public List<Interval> intervals() {
        return intervals;
    }

    public boolean isEmpty() {
        return intervals.isEmpty();
    }

    public IntervalSet union(IntervalSet other) {
        List<Interval> all = new ArrayList<>(intervals);
        all.addAll(other.intervals);
        return of(all);
    }

    /** What remains of this set after taking {@code removed} away. */
    public IntervalSet minus(IntervalSet removed) {
        List<Interval> remaining = new ArrayList<>();
        for (Interval interval : intervals) {
            List<Interval> pieces = List.of(interval);
            for (Interval cut : removed.intervals) {
                List<Interval> next = new ArrayList<>();
                for (Interval piece : pieces) {
                    next.addAll(cut(piece, cut));
                }
                pieces = next;
            }
            remaining.addAll(pieces);
        }
        return of(remaining);
    }

    /** The parts of this set inside {@code window}. */
    public IntervalSet within(Interval window) {
        List<Interval> inside = new ArrayList<>();
        for (Interval interval : intervals) {
            if (interval.overlaps(window)) {
                inside.add(new Interval(
                        interval.start().isBefore(window.start()) ? window.start() : interval.start(),
                        interval.end().isAfter(window.end()) ? window.end() : interval.end()));
            }
        }
        return new IntervalSet(List.copyOf(inside));
    }

    /** True when one interval of the set holds all of {@code candidate}. */
    public boolean encloses(Interval candidate) {
        return intervals.stream().anyMatch(interval -> interval.encloses(candidate));
    }

    private static List<Interval> cut(Interval piece, Interval cut) {
        if (!piece.overlaps(cut)) {
            return List.of(piece);
        }
        List<Interval> left = new ArrayList<>(2);
        if (piece.start().isBefore(cut.start())) {
            left.add(new Interval(piece.start(), cut.start()));
        }
        if (cut.end().isBefore(piece.end())) {
            left.add(new Interval(cut.end(), piece.end()));
        }
        return left;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IntervalSet set && set.intervals.equals(intervals);
    }

    @Override
    public int hashCode() {
        return intervals.hashCode();
    }

    @Override
    public String toString() {
        return intervals.toString();
    }
}
