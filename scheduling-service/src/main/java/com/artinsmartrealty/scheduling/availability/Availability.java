package com.artinsmartrealty.scheduling.availability;

import com.artinsmartrealty.scheduling.time.Interval;
import com.artinsmartrealty.scheduling.time.IntervalSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * When an agent can take viewings: weekly hours, plus extra hours, minus time off, all in the tenant's
 * local time so that "Sunday 09:00" stays 09:00 across daylight-saving changes.
 *
 * @param dailyLimit viewings a day at most, or null for the service's default
 */
public record Availability(List<WeeklyHours> weekly, List<DatedHours> timeOff, List<DatedHours> extraHours,
                           Integer dailyLimit) {

    public static final int MAX_WEEKLY = 50;
    public static final int MAX_DATED = 200;
    public static final int MAX_DAILY_LIMIT = 48;
    public static final int MAX_NOTE_LENGTH = 200;

    public Availability {
        // Copies that may hold nulls from a submitted document: problems() reports them.
        weekly = weekly == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(weekly));
        timeOff = timeOff == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(timeOff));
        extraHours = extraHours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(extraHours));
    }

    public static Availability none() {
        return new Availability(List.of(), List.of(), List.of(), null);
    }

    /**
     * What is wrong with this availability, each problem a sentence for the person who entered it;
     * empty when it can be stored. Overlapping hours are rejected rather than merged, so nobody is
     * surprised by hours they did not enter.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (weekly.size() > MAX_WEEKLY) {
            problems.add("At most " + MAX_WEEKLY + " weekly hours.");
        }
        if (timeOff.size() + extraHours.size() > MAX_DATED) {
            problems.add("At most " + MAX_DATED + " dated changes (time off and extra hours together).");
        }
        if (dailyLimit != null && (dailyLimit < 1 || dailyLimit > MAX_DAILY_LIMIT)) {
            problems.add("The daily limit must be between 1 and " + MAX_DAILY_LIMIT + ".");
        }
        weeklyProblems(problems);
        datedProblems("Time off", timeOff, problems);
        datedProblems("Extra hours", extraHours, problems);
        return problems;
    }

    private void weeklyProblems(List<String> problems) {
        List<WeeklyHours> complete = new ArrayList<>();
        for (WeeklyHours hours : weekly) {
            if (hours == null || hours.day() == null || hours.start() == null || hours.end() == null) {
                problems.add("Weekly hours need a day, a start and an end.");
            } else if (!hours.end().isAfter(hours.start())) {
                problems.add("Weekly hours on " + name(hours) + " end before they start.");
            } else {
                complete.add(hours);
            }
        }
        complete.sort(Comparator.comparing(WeeklyHours::day).thenComparing(WeeklyHours::start));
        for (int i = 1; i < complete.size(); i++) {
            WeeklyHours previous = complete.get(i - 1);
            WeeklyHours current = complete.get(i);
            if (previous.day() == current.day() && current.start().isBefore(previous.end())) {
                problems.add("Weekly hours " + name(previous) + " and " + name(current) + " overlap.");
            }
        }
    }

    private static void datedProblems(String kind, List<DatedHours> dated, List<String> problems) {
        List<DatedHours> complete = new ArrayList<>();
        for (DatedHours hours : dated) {
            if (hours == null || hours.start() == null || hours.end() == null) {
                problems.add(kind + " needs a start and an end.");
            } else if (!hours.end().isAfter(hours.start())) {
                problems.add(kind + " " + hours.start() + " - " + hours.end() + " ends before it starts.");
            } else if (hours.note() != null && hours.note().length() > MAX_NOTE_LENGTH) {
                problems.add(kind + " notes are at most " + MAX_NOTE_LENGTH + " characters.");
            } else {
                complete.add(hours);
            }
        }
        complete.sort(Comparator.comparing(DatedHours::start));
        for (int i = 1; i < complete.size(); i++) {
            DatedHours previous = complete.get(i - 1);
            DatedHours current = complete.get(i);
            if (current.start().isBefore(previous.end())) {
                problems.add(kind + " " + previous.start() + " - " + previous.end() + " and " + current.start()
                        + " - " + current.end() + " overlap.");
            }
        }
    }

    private static String name(WeeklyHours hours) {
        return hours.day() + " " + hours.start() + "-" + hours.end();
    }

    /** The instants within {@code range} when the agent is available, in {@code zone}. */
    public IntervalSet windows(Interval range, ZoneId zone) {
        Objects.requireNonNull(zone, "zone");
        LocalDate first = range.start().atZone(zone).toLocalDate().minusDays(1);
        LocalDate last = range.end().atZone(zone).toLocalDate();
        List<Interval> open = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (WeeklyHours hours : weekly) {
                if (hours.day() == day.getDayOfWeek()) {
                    add(open, day.atTime(hours.start()), day.atTime(hours.end()), zone);
                }
            }
        }
        for (DatedHours hours : extraHours) {
            add(open, hours.start(), hours.end(), zone);
        }
        List<Interval> off = new ArrayList<>();
        for (DatedHours hours : timeOff) {
            add(off, hours.start(), hours.end(), zone);
        }
        return IntervalSet.of(open).minus(IntervalSet.of(off)).within(range);
    }

    private static void add(List<Interval> into, LocalDateTime start, LocalDateTime end, ZoneId zone) {
        Instant from = start.atZone(zone).toInstant();
        Instant to = end.atZone(zone).toInstant();
        if (to.isAfter(from)) {
            into.add(new Interval(from, to));
        }
    }
}
