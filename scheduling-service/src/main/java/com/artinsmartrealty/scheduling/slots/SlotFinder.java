package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

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
        Map<UUID, AgentDiary> byAgent = diaries.stream()
                .collect(Collectors.toMap(AgentDiary::agentId, Function.identity(), (a, b) -> a));
        LocalDate lastDay = latestStart.atZone(query.zone()).toLocalDate();
        for (LocalDate day = earliest.atZone(query.zone()).toLocalDate();
             !day.isAfter(lastDay) && found.size() < query.limit(); day = day.plusDays(1)) {
            List<Slot> ofDay = slotsOn(day, earliest, latestStart, query, diaries);
            ofDay.sort(order(day, query, byAgent));
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
                               List<AgentDiary> diaries) {
        Interval wholeDay = new Interval(day.atStartOfDay(query.zone()).toInstant(),
                day.plusDays(1).atStartOfDay(query.zone()).toInstant());
        List<Slot> slots = new ArrayList<>();
        for (AgentDiary diary : diaries) {
            if (diary.bookedOn(day, query.zone()) >= diary.dailyLimit()) {
                continue;
            }
            for (Interval window : diary.availability().windows(wholeDay, query.zone()).intervals()) {
                for (Instant start = firstStart(window.start(), earliest);
                     !start.plus(policy.length()).isAfter(window.end()) && !start.isAfter(latestStart);
                     start = start.plus(policy.step())) {
                    Interval time = Interval.of(start, policy.length());
                    if (diary.isFree(new Interval(start, policy.busyUntil(time.end())))) {
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

    /** By start; at the same start the agent with fewer viewings that day first, then the less busy one. */
    private static Comparator<Slot> order(LocalDate day, SlotQuery query, Map<UUID, AgentDiary> diaries) {
        return Comparator.comparing((Slot slot) -> slot.time().start())
                .thenComparingLong(slot -> diaries.get(slot.agentId()).bookedOn(day, query.zone()))
                .thenComparingInt(slot -> diaries.get(slot.agentId()).booked().size())
                .thenComparing(slot -> slot.agentId());
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
