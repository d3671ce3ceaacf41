package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * Finds open slots, day by day in the tenant's zone: starts on a grid of {@code step} from the start of
 * each available window, the whole viewing and its buffer inside the window's day and clear of booked
 * and held time, no earlier than the minimum notice, no later than the horizon, and within each agent's
 * daily limit.
 */
public final class SlotFinder {

    private final SlotPolicy policy;

    public SlotFinder(SlotPolicy policy) {
        this.policy = policy;
    }

    public List<Slot> find(SlotQuery query, List<AgentDiary> diaries) {
        Instant earliest = max(query.from(), query.now().plus(policy.minimumNotice()));
        Instant latestStart = query.now().plus(policy.horizon());
        List<Slot> found = new ArrayList<>();
        if (query.limit() <= 0 || diaries.isEmpty() || earliest.isAfter(latestStart)) {
            return found;
        }
        Map<UUID, Map<LocalDate, Integer>> perDay = new HashMap<>();
        Map<UUID, Integer> total = new HashMap<>();
        for (AgentDiary diary : diaries) {
            perDay.put(diary.agentId(), diary.bookedPerDay(query.zone()));
            total.put(diary.agentId(), diary.booked().size());
        }
        LocalDate lastDay = latestStart.atZone(query.zone()).toLocalDate();
        for (LocalDate day = earliest.atZone(query.zone()).toLocalDate();
             !day.isAfter(lastDay) && found.size() < query.limit(); day = day.plusDays(1)) {
            LocalDate today = day;
            ToIntFunction<UUID> load = agent -> perDay.get(agent).getOrDefault(today, 0);
            List<Slot> ofDay = slotsOn(day, earliest, latestStart, query, diaries, load);
            // By start; at the same start the agent with fewer viewings that day first, then the less busy one.
            ofDay.sort(Comparator.comparing((Slot slot) -> slot.time().start())
                    .thenComparingInt(slot -> load.applyAsInt(slot.agentId()))
                    .thenComparingInt(slot -> total.get(slot.agentId()))
                    .thenComparing(Slot::agentId));
            Set<Instant> starts = new HashSet<>();
            int taken = 0;
            for (Slot slot : ofDay) {
                if (found.size() == query.limit() || (query.maxPerDay() > 0 && taken == query.maxPerDay())) {
                    break;
                }
                if (!query.oneAgentPerStart() || starts.add(slot.time().start())) {
                    found.add(slot);
                    taken++;
                }
            }
        }
        return found;
    }

    private List<Slot> slotsOn(LocalDate day, Instant earliest, Instant latestStart, SlotQuery query,
                               List<AgentDiary> diaries, ToIntFunction<UUID> load) {
        Interval wholeDay = new Interval(day.atStartOfDay(query.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(query.zone()).toInstant());
        Interval reach = new Interval(wholeDay.start(), policy.busyUntil(wholeDay.end().plus(policy.length())));
        List<Slot> slots = new ArrayList<>();
        for (AgentDiary diary : diaries) {
            if (load.applyAsInt(diary.agentId()) >= diary.dailyLimit()) {
                continue;
            }
            List<Interval> taken = null;
            for (Interval window : diary.availability().windows(wholeDay, query.zone()).intervals()) {
                for (Instant start = firstStart(window.start(), earliest);
                     !start.plus(policy.length()).isAfter(window.end()) && !start.isAfter(latestStart);
                     start = start.plus(policy.step())) {
                    if (taken == null) {
                        taken = diary.takenDuring(reach);
                    }
                    Interval time = Interval.of(start, policy.length());
                    Interval blocked = new Interval(start, policy.busyUntil(time.end()));
                    if (taken.stream().noneMatch(busy -> busy.overlaps(blocked))) {
                        slots.add(new Slot(diary.agentId(), diary.agentName(), time));
                    }
                }
            }
        }
        return slots;
    }

    /** The first point of the window's grid at or after {@code earliest}. */
    private Instant firstStart(Instant windowStart, Instant earliest) {
        if (!earliest.isAfter(windowStart)) {
            return windowStart;
        }
        long step = policy.step().toNanos();
        long behind = Duration.between(windowStart, earliest).toNanos();
        long steps = (behind + step - 1) / step;
        return windowStart.plus(policy.step().multipliedBy(steps));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
