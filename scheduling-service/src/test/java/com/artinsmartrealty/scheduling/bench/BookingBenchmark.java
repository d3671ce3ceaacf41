package com.artinsmartrealty.scheduling.bench;

import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.scheduling.SchedulingApplication;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Booking latency through the HTTP API on the embedded PostgreSQL and Kafka: rounds of 50 requests for
 * one slot at once (one wins, 49 lose with alternatives), and 300 bookings of distinct slots, 50 at a
 * time. Not part of the build; see docs/benchmarks.md for how to run it.
 */
public final class BookingBenchmark {

    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");

    private BookingBenchmark() {
    }

    private record Timed(int status, long nanos) {
    }

    public static void main(String[] args) {
        Infrastructure.shared();
        ConfigurableApplicationContext service = SchedulingApplication.builder()
                .initializers(new EmbeddedInfrastructureInitializer())
                .run("--server.port=0", "--logging.level.root=WARN");
        try {
            run(service);
        } finally {
            service.close();
            System.exit(0);
        }
    }

    private static void run(ConfigurableApplicationContext service) {
        int port = ((WebServerApplicationContext) service).getWebServer().getPort();
        AccessTokens tokens = service.getBean(AccessTokens.class);
        SchedulingClient scheduling = new SchedulingClient(port, tokens, service.getBean(EventPublisher.class),
                Clock.systemUTC());
        UUID tenant = UUID.randomUUID();
        scheduling.registerTenant(tenant, DUBAI.getId());
        List<UUID> agents = new ArrayList<>();
        for (int a = 0; a < 10; a++) {
            UUID agent = UUID.randomUUID();
            scheduling.addAgent(tenant, agent, "Agent " + a);
            scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("00:00", "23:59", 48));
            agents.add(agent);
        }
        WebClient client = WebClient.builder()
                .baseUrl("http://localhost:" + port)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + tokens.issue(
                        new PlatformPrincipal(UUID.randomUUID().toString(), tenant, Role.TENANT_ADMIN),
                        Duration.ofHours(2)))
                .build();
        LocalDate tomorrow = LocalDate.now(DUBAI).plusDays(1);

        // Warm-up: the first requests pay for class loading and connection set-up.
        Instant warmUp = tomorrow.plusDays(20).atTime(10, 0).atZone(DUBAI).toInstant();
        fire(client, List.of(booking(agents.get(9), warmUp, "warm")));

        List<Timed> races = new ArrayList<>();
        List<Long> rounds = new ArrayList<>();
        for (int round = 0; round < 20; round++) {
            Instant slot = tomorrow.plusDays(round).atTime(10, 0).atZone(DUBAI).toInstant();
            List<Map<String, Object>> same = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                same.add(booking(agents.getFirst(), slot, "race-" + round + "-" + i));
            }
            long start = System.nanoTime();
            List<Timed> answers = fire(client, same);
            rounds.add(System.nanoTime() - start);
            long won = answers.stream().filter(answer -> answer.status() == 201).count();
            long lost = answers.stream().filter(answer -> answer.status() == 409).count();
            if (won != 1 || lost != 49) {
                throw new IllegalStateException("round " + round + ": " + won + " won, " + lost + " lost");
            }
            races.addAll(answers);
        }
        report("50 bookings of one slot at once, 20 rounds", races, rounds);

        List<Map<String, Object>> distinct = new ArrayList<>();
        for (int a = 1; a < 9; a++) {
            for (int d = 0; d < 2; d++) {
                for (int k = 0; k < 18; k++) {
                    Instant start = tomorrow.plusDays(d).atStartOfDay(DUBAI).toInstant()
                            .plus(Duration.ofMinutes(75L * k));
                    distinct.add(booking(agents.get(a), start, "distinct-" + a + "-" + d + "-" + k));
                }
            }
        }
        long start = System.nanoTime();
        List<Timed> booked = fire(client, distinct);
        long elapsed = System.nanoTime() - start;
        if (booked.stream().anyMatch(answer -> answer.status() != 201)) {
            throw new IllegalStateException("a distinct booking was refused");
        }
        report(distinct.size() + " bookings of distinct slots, 50 at a time", booked, List.of(elapsed));
        System.out.printf("  throughput: %.0f bookings/s%n", distinct.size() / (elapsed / 1e9));
    }

    private static Map<String, Object> booking(UUID agent, Instant start, String key) {
        return Map.of("agentId", agent, "start", start, "leadId", UUID.randomUUID(), "idempotencyKey", key);
    }

    private static List<Timed> fire(WebClient client, List<Map<String, Object>> bookings) {
        return Flux.fromIterable(bookings)
                .flatMap(booking -> Mono.defer(() -> {
                    long start = System.nanoTime();
                    return client.post().uri("/api/appointments").bodyValue(booking)
                            .exchangeToMono(response -> response.releaseBody()
                                    .thenReturn(new Timed(response.statusCode().value(), System.nanoTime() - start)));
                }), 50)
                .collectList()
                .block(Duration.ofMinutes(5));
    }

    private static void report(String name, List<Timed> answers, List<Long> walls) {
        long[] sorted = answers.stream().mapToLong(Timed::nanos).sorted().toArray();
        System.out.printf("%s: %d requests%n", name, sorted.length);
        System.out.printf("  latency ms  p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n", ms(sorted, 0.50), ms(sorted, 0.95),
                ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
        System.out.printf("  wall ms per batch  mean %.1f  max %.1f%n",
                walls.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6,
                walls.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }
}
