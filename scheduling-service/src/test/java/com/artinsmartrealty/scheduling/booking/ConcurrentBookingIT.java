package com.artinsmartrealty.scheduling.booking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpHeaders;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Races for the same time, through the real HTTP API and the real database: whatever arrives at once,
 * one agent's viewings never overlap, and the losers are told so with fresh alternatives.
 */
class ConcurrentBookingIT extends SchedulingIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration BUFFER = Duration.ofMinutes(15);

    private final UUID tenant = UUID.randomUUID();
    private final UUID agent = UUID.randomUUID();

    @Autowired
    private DatabaseClient database;
    @Autowired
    private TenantTransactions tenants;
    @Autowired
    private MeterRegistry meters;

    private double conflicts(String detectedBy) {
        return meters.counter("scheduling.booking.conflicts", "detected_by", detectedBy).count();
    }

    @BeforeEach
    void agencyWithOneAgent() {
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, agent, "Sara Karimi");
        scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 48));
    }

    private record Answer(int status, JsonNode body) {
    }

    private List<Answer> fire(List<Map<String, Object>> bookings) {
        WebClient client = WebClient.builder()
                .baseUrl(scheduling.baseUrl())
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Bearer " + scheduling.tokenFor(
                        new PlatformPrincipal(UUID.randomUUID().toString(), tenant, Role.TENANT_ADMIN)))
                .build();
        return Flux.fromIterable(bookings)
                .flatMap(booking -> client.post().uri("/api/appointments").bodyValue(booking)
                        .exchangeToMono(response -> response.bodyToMono(String.class)
                                .map(body -> new Answer(response.statusCode().value(), JSON.readTree(body)))),
                        bookings.size())
                .collectList()
                .block(Duration.ofSeconds(120));
    }

    private JsonNode appointmentsOn(String day) {
        return scheduling.admin(tenant).get().uri("/api/appointments?day={day}&agentId={agent}", day, agent)
                .exchange().expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("items");
    }

    @Test
    void fiftyBookingsOfOneSlotAtOnceMakeOneAppointmentAndFortyNineConflictsWithAlternatives() {
        Instant slot = Instant.parse("2030-01-08T06:00:00Z");
        List<Map<String, Object>> bookings = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            bookings.add(Map.of("agentId", agent, "start", slot, "leadId", UUID.randomUUID(),
                    "idempotencyKey", "race-" + i));
        }

        double byCheck = conflicts("check");
        double byConstraint = conflicts("constraint");

        List<Answer> answers = fire(bookings);

        assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
        assertThat(answers).filteredOn(answer -> answer.status() == 201).hasSize(1);
        double lostAtCheck = conflicts("check") - byCheck;
        double lostAtConstraint = conflicts("constraint") - byConstraint;
        LoggerFactory.getLogger(ConcurrentBookingIT.class).info("Of 49 lost races {} were seen by the checks, {} by "
                + "the exclusion constraint", lostAtCheck, lostAtConstraint);
        assertThat(lostAtCheck + lostAtConstraint).isEqualTo(49);
        List<Answer> conflicts = answers.stream().filter(answer -> answer.status() == 409).toList();
        assertThat(conflicts).hasSize(49).allSatisfy(conflict -> {
            assertThat(conflict.body().get("status").asInt()).isEqualTo(409);
            JsonNode alternatives = conflict.body().get("alternatives");
            assertThat(alternatives.isEmpty()).isFalse();
            alternatives.forEach(alternative -> {
                assertThat(alternative.get("agentId").asString()).isEqualTo(agent.toString());
                assertThat(Instant.parse(alternative.get("start").asString())).isNotEqualTo(slot);
                assertThat(alternative.get("label").asString()).isNotBlank();
            });
        });
        JsonNode stored = appointmentsOn("2030-01-08");
        assertThat(stored).hasSize(1);
        assertThat(Instant.parse(stored.get(0).get("start").asString())).isEqualTo(slot);
    }

    @Test
    void overlappingBookingsOfDifferentLengthsNeverOverlap() {
        Random random = new Random(20301);
        int[] lengths = {15, 30, 45, 60, 90, 120};
        Instant nine = Instant.parse("2030-01-09T05:00:00Z");
        List<Map<String, Object>> bookings = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            int minutes = lengths[random.nextInt(lengths.length)];
            Instant start = nine.plus(Duration.ofMinutes(15L * random.nextInt((9 * 60 - minutes) / 15 + 1)));
            bookings.add(Map.of("agentId", agent, "start", start, "leadId", UUID.randomUUID(),
                    "idempotencyKey", "mixed-" + i, "durationMinutes", minutes));
        }

        List<Answer> answers = fire(bookings);

        assertThat(answers).extracting(Answer::status).containsOnly(201, 409);
        long booked = answers.stream().filter(answer -> answer.status() == 201).count();
        JsonNode stored = appointmentsOn("2030-01-09");
        assertThat(stored).hasSize((int) booked);
        assertThat(booked).isGreaterThan(1);
        List<Instant[]> times = new ArrayList<>();
        stored.forEach(appointment -> times.add(new Instant[] {Instant.parse(appointment.get("start").asString()),
                Instant.parse(appointment.get("end").asString())}));
        for (int i = 0; i < times.size(); i++) {
            for (int j = i + 1; j < times.size(); j++) {
                Instant[] a = times.get(i);
                Instant[] b = times.get(j);
                boolean apart = !a[1].plus(BUFFER).isAfter(b[0]) || !b[1].plus(BUFFER).isAfter(a[0]);
                assertThat(apart).as("%s-%s and %s-%s keep the buffer apart", a[0], a[1], b[0], b[1]).isTrue();
            }
        }
    }

    @Test
    void aRequestRepeatedManyTimesAtOnceBooksOnce() {
        Instant slot = Instant.parse("2030-01-11T06:00:00Z");
        UUID lead = UUID.randomUUID();
        List<Map<String, Object>> repeats = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            repeats.add(Map.of("agentId", agent, "start", slot, "leadId", lead, "idempotencyKey", "retry-storm"));
        }

        List<Answer> answers = fire(repeats);

        assertThat(answers).extracting(Answer::status).containsOnly(201);
        assertThat(answers).extracting(answer -> answer.body().get("id").asString()).containsOnly(
                answers.getFirst().body().get("id").asString());
        assertThat(appointmentsOn("2030-01-11")).hasSize(1);
    }

    @Test
    void theDatabaseItselfRefusesAnOverlapThatSkipsEveryCheck() {
        Instant start = Instant.parse("2030-01-10T06:00:00Z");
        insertDirectly(start, start.plus(Duration.ofHours(1))).block(Duration.ofSeconds(20));

        assertThatThrownBy(() -> insertDirectly(start.plus(Duration.ofMinutes(30)), start.plus(Duration.ofMinutes(90)))
                .block(Duration.ofSeconds(20)))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("appointments_do_not_overlap");
        assertThat(appointmentsOn("2030-01-10")).hasSize(1);
    }

    private Mono<Long> insertDirectly(Instant start, Instant end) {
        Instant now = clock.instant();
        return tenants.inTenant(tenant, database.sql("""
                        insert into appointments (id, tenant_id, agent_id, lead_id, starts_at, ends_at, busy_until,
                            time_zone, status, idempotency_key, booked_start, language, created_at, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $6, 'Asia/Dubai', 'BOOKED', $7, $5, 'en', $8, $8)""")
                .bind(0, UUID.randomUUID())
                .bind(1, tenant)
                .bind(2, agent)
                .bind(3, UUID.randomUUID())
                .bind(4, start)
                .bind(5, end)
                .bind(6, UUID.randomUUID().toString())
                .bind(7, now)
                .fetch().rowsUpdated());
    }
}
