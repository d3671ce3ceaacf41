package com.artinsmartrealty.scheduling.bench;

import com.artinsmartrealty.scheduling.availability.Availability;
import com.artinsmartrealty.scheduling.availability.DatedHours;
import com.artinsmartrealty.scheduling.availability.WeeklyHours;
import com.artinsmartrealty.scheduling.slots.AgentDiary;
import com.artinsmartrealty.scheduling.slots.BookedTime;
import com.artinsmartrealty.scheduling.slots.SlotFinder;
import com.artinsmartrealty.scheduling.slots.SlotPolicy;
import com.artinsmartrealty.scheduling.slots.SlotQuery;
import com.artinsmartrealty.scheduling.time.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * How long finding slots takes for a busy agency: 20 agents with split office hours six days a week,
 * a day off each, a 30-day horizon with 4 viewings a day booked per agent and 10 held slots. Not part of
 * the build; see docs/benchmarks.md for how to run it.
 */
public final class SlotFinderBenchmark {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final Instant NOW = Instant.parse("2030-01-07T05:00:00Z");

    private SlotFinderBenchmark() {
    }

    public static void main(String[] args) {
        SlotPolicy policy = new SlotPolicy(Duration.ofMinutes(60), Duration.ofMinutes(30), Duration.ofMinutes(15),
                Duration.ofHours(2), Duration.ofDays(30), 6, 2);
        SlotFinder finder = new SlotFinder(policy);
        List<AgentDiary> diaries = agency(20, new Random(7));
        SlotQuery bot = new SlotQuery(NOW, NOW, DUBAI, 4, true, 2);
        SlotQuery dashboard = new SlotQuery(NOW, NOW, DUBAI, 100, false, 0);
        SlotQuery lastWeek = new SlotQuery(NOW.plus(Duration.ofDays(23)), NOW, DUBAI, 100, false, 0);

        run("offer of 4 to a chat, spread over 20 agents", () -> finder.find(bot, diaries).size());
        run("dashboard page of 100, 20 agents", () -> finder.find(dashboard, diaries).size());
        run("dashboard page of 100 from day 23", () -> finder.find(lastWeek, diaries).size());
        run("one agent, offer of 4", () -> finder.find(bot, diaries.subList(0, 1)).size());
    }

    private static void run(String name, java.util.function.IntSupplier work) {
        int found = 0;
        for (int i = 0; i < 2_000; i++) {
            found += work.getAsInt();
        }
        int iterations = 5_000;
        long start = System.nanoTime();
        for (int i = 0; i < iterations; i++) {
            found += work.getAsInt();
        }
        double micros = (System.nanoTime() - start) / 1_000.0 / iterations;
        System.out.printf("%-48s %9.1f µs per search  (%d slots seen)%n", name, micros, found);
    }

    private static List<AgentDiary> agency(int agents, Random random) {
        List<AgentDiary> diaries = new ArrayList<>();
        for (int a = 0; a < agents; a++) {
            List<WeeklyHours> weekly = new ArrayList<>();
            DayOfWeek dayOff = DayOfWeek.of(1 + random.nextInt(7));
            for (DayOfWeek day : DayOfWeek.values()) {
                if (day != dayOff) {
                    weekly.add(new WeeklyHours(day, LocalTime.of(9, 0), LocalTime.of(13, 0)));
                    weekly.add(new WeeklyHours(day, LocalTime.of(14, 0), LocalTime.of(19, 0)));
                }
            }
            List<DatedHours> timeOff = List.of(new DatedHours(LocalDateTime.of(2030, 1, 20, 0, 0),
                    LocalDateTime.of(2030, 1, 22, 0, 0), null));
            List<BookedTime> booked = new ArrayList<>();
            for (int day = 0; day < 30; day++) {
                for (int v = 0; v < 4; v++) {
                    Instant start = NOW.plus(Duration.ofDays(day)).plus(Duration.ofMinutes(30L * random.nextInt(18)));
                    booked.add(new BookedTime(start, start.plus(Duration.ofMinutes(75))));
                }
            }
            List<Interval> held = new ArrayList<>();
            for (int h = 0; h < 10; h++) {
                Instant start = NOW.plus(Duration.ofHours(2 + random.nextInt(72)));
                held.add(new Interval(start, start.plus(Duration.ofMinutes(75))));
            }
            diaries.add(new AgentDiary(UUID.randomUUID(), "Agent " + a,
                    new Availability(weekly, timeOff, List.of(), null), 6, booked, held));
        }
        return diaries;
    }
}
