package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
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

    /** Live appointments starting on {@code day} in {@code zone}. */
    public long bookedOn(LocalDate day, ZoneId zone) {
        return booked.stream().filter(time -> time.start().atZone(zone).toLocalDate().equals(day)).count();
    }

    /** True when nothing booked or held overlaps {@code blocked}. */
    public boolean isFree(Interval blocked) {
        return booked.stream().noneMatch(time -> time.blocked().overlaps(blocked))
                && heldByOthers.stream().noneMatch(held -> held.overlaps(blocked));
    }
}
