package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What the slot finder knows of one agent: when they work, what is booked, and what other chats hold.
 *
 * @param heldByOthers slots held for other chats, already widened by the buffer
 */
public record AgentDiary(UUID agentId, String agentName, Availability availability, int dailyLimit,
                         List<BookedTime> booked, List<Interval> heldByOthers) {

    public AgentDiary {
        Objects.requireNonNull(agentId, "agentId");
        Objects.requireNonNull(availability, "availability");
        booked = List.copyOf(booked);
        heldByOthers = List.copyOf(heldByOthers);
    }

    /** Booked and held time overlapping {@code range}. */
    public List<Interval> takenDuring(Interval range) {
        List<Interval> taken = new ArrayList<>();
        for (BookedTime time : booked) {
            if (time.blocked().overlaps(range)) {
                taken.add(time.blocked());
            }
        }
        for (Interval held : heldByOthers) {
            if (held.overlaps(range)) {
                taken.add(held);
            }
        }
        return taken;
    }

    /** Live appointments per local day in {@code zone}. */
    public Map<LocalDate, Integer> bookedPerDay(ZoneId zone) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        for (BookedTime time : booked) {
            perDay.merge(time.start().atZone(zone).toLocalDate(), 1, Integer::sum);
        }
        return perDay;
    }
}
