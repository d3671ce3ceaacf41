package com.artinsmartrealty.scheduling.slots;

import static org.assertj.core.api.Assertions.assertThat;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.availability.WeeklyHours;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SlotFinderTest {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    /** Monday 7 January 2030, 09:00 in Dubai. */
    private static final Instant NOW = local("2030-01-07T09:00");
    private static final UUID SARA = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID OMAR = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    private final SlotPolicy policy = new SlotPolicy(Duration.ofMinutes(60), Duration.ofMinutes(30),
            Duration.ofMinutes(15), Duration.ofHours(2), Duration.ofDays(30), 6, 2);
    private final SlotFinder finder = new SlotFinder(policy);

    private static Instant local(String dateTime) {
        return LocalDateTime.parse(dateTime).atZone(DUBAI).toInstant();
    }

    private static Availability everyDay(String start, String end) {
        return new Availability(Arrays.stream(DayOfWeek.values())
                .map(day -> new WeeklyHours(day, LocalTime.parse(start), LocalTime.parse(end))).toList(),
                List.of(), List.of(), null);
    }

    private static AgentDiary diary(UUID agent, Availability hours, int limit, List<BookedTime> booked,
                                    List<Interval> held) {
        return new AgentDiary(agent, agent.equals(SARA) ? "Sara" : "Omar", hours, limit, booked, held);
    }

    private static AgentDiary sara(List<BookedTime> booked, List<Interval> held) {
        return diary(SARA, everyDay("09:00", "13:00"), 6, booked, held);
    }

    private static BookedTime booked(String start, int minutes, int buffer) {
        Instant from = local(start);
        return new BookedTime(from, from.plus(Duration.ofMinutes(minutes + buffer)));
    }

    private List<Instant> starts(List<Slot> slots) {
        return slots.stream().map(slot -> slot.time().start()).toList();
    }

    private SlotQuery query(int limit) {
        return new SlotQuery(NOW, NOW, DUBAI, limit, false, 0);
    }

    @Test
    void slotsStartOnTheGridAfterTheMinimumNoticeAndFitTheWindow() {
        List<Slot> slots = finder.find(query(4), List.of(sara(List.of(), List.of())));

        assertThat(starts(slots)).containsExactly(local("2030-01-07T11:00"), local("2030-01-07T11:30"),
                local("2030-01-07T12:00"), local("2030-01-08T09:00"));
        assertThat(slots.getFirst().time().end()).isEqualTo(local("2030-01-07T12:00"));
        assertThat(slots.getFirst().agentName()).isEqualTo("Sara");
    }

    @Test
    void theGridIsAnchoredAtTheWindowsStart() {
        AgentDiary late = diary(SARA, everyDay("09:15", "13:00"), 6, List.of(), List.of());

        assertThat(starts(finder.find(query(2), List.of(late))))
                .containsExactly(local("2030-01-07T11:15"), local("2030-01-07T11:45"));
    }

    @Test
    void bookedTimeAndItsBufferAreKeptFreeOnBothSides() {
        AgentDiary busy = sara(List.of(booked("2030-01-08T10:30", 60, 15)), List.of());
        SlotQuery tuesday = new SlotQuery(local("2030-01-08T09:00"), NOW, DUBAI, 10, false, 0);

        // 09:00 ends at 10:00, its buffer at 10:15, before 10:30: fine. 09:30 would run into the booking,
        // and 11:30 into the booking's buffer (until 11:45); 12:00 is the next start on the grid.
        assertThat(starts(finder.find(tuesday, List.of(busy))).subList(0, 3))
                .containsExactly(local("2030-01-08T09:00"), local("2030-01-08T12:00"), local("2030-01-09T09:00"));
    }

    @Test
    void slotsHeldForOtherChatsAreNotOffered() {
        Interval held = new Interval(local("2030-01-07T11:00"), local("2030-01-07T12:15"));

        assertThat(starts(finder.find(query(2), List.of(sara(List.of(), List.of(held))))))
                .containsExactly(local("2030-01-08T09:00"), local("2030-01-08T09:30"));
    }

    @Test
    void noSlotsOnADayTheAgentIsFullyBooked() {
        AgentDiary full = diary(SARA, everyDay("09:00", "13:00"), 1,
                List.of(booked("2030-01-07T09:00", 60, 15)), List.of());

        assertThat(starts(finder.find(query(1), List.of(full)))).containsExactly(local("2030-01-08T09:00"));
    }

    @Test
    void nothingBeyondTheHorizon() {
        SlotQuery farAway = new SlotQuery(NOW.plus(Duration.ofDays(29)), NOW, DUBAI, 50, false, 0);

        List<Slot> slots = finder.find(farAway, List.of(sara(List.of(), List.of())));

        assertThat(slots).isNotEmpty().allMatch(slot -> !slot.time().start().isAfter(NOW.plus(Duration.ofDays(30))));
        assertThat(finder.find(new SlotQuery(NOW.plus(Duration.ofDays(31)), NOW, DUBAI, 5, false, 0),
                List.of(sara(List.of(), List.of())))).isEmpty();
    }

    @Test
    void spreadingOffersOneAgentPerTimeTheLeastBusyFirst() {
        AgentDiary omar = diary(OMAR, everyDay("09:00", "13:00"), 6, List.of(), List.of());
        AgentDiary sara = sara(List.of(booked("2030-01-07T09:00", 60, 15)), List.of());
        SlotQuery spread = new SlotQuery(NOW, NOW, DUBAI, 3, true, 0);

        List<Slot> slots = finder.find(spread, List.of(sara, omar));

        assertThat(starts(slots)).containsExactly(local("2030-01-07T11:00"), local("2030-01-07T11:30"),
                local("2030-01-07T12:00"));
        assertThat(slots).extracting(Slot::agentId).containsOnly(OMAR);
    }

    @Test
    void withoutSpreadingEveryAgentsSlotIsListed() {
        AgentDiary omar = diary(OMAR, everyDay("09:00", "13:00"), 6, List.of(), List.of());

        List<Slot> slots = finder.find(query(2), List.of(sara(List.of(), List.of()), omar));

        assertThat(slots).extracting(Slot::agentId).containsExactlyInAnyOrder(SARA, OMAR);
        assertThat(starts(slots)).containsOnly(local("2030-01-07T11:00"));
    }

    @Test
    void offersCanBeCappedPerDaySoTheySpanSeveralDays() {
        SlotQuery offer = new SlotQuery(NOW, NOW, DUBAI, 4, true, 2);

        assertThat(starts(finder.find(offer, List.of(sara(List.of(), List.of())))))
                .containsExactly(local("2030-01-07T11:00"), local("2030-01-07T11:30"),
                        local("2030-01-08T09:00"), local("2030-01-08T09:30"));
    }
}
