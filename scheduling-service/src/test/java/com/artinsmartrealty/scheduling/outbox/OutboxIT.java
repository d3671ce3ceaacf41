package com.artinsmartrealty.scheduling.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.artinsmartrealty.contracts.Topics;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.artinsmartrealty.scheduling.support.SchedulingClient;
import com.artinsmartrealty.scheduling.support.SchedulingIntegrationTest;
import com.artinsmartrealty.scheduling.support.TopicProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.r2dbc.core.DatabaseClient;
import reactor.test.StepVerifier;

/**
 * What a transaction commits is published even when nothing publishes at the time (the relay is down,
 * as after a crash right after the commit); what it rolls back is never queued; and a tenant
 * transaction cannot read the queue.
 */
class OutboxIT extends SchedulingIntegrationTest {

    private static final Instant TUESDAY_10AM = Instant.parse("2030-01-08T06:00:00Z");

    private final UUID tenant = UUID.randomUUID();
    private final UUID agent = UUID.randomUUID();

    @Autowired
    private OutboxRelay relay;
    @Autowired
    private DatabaseClient database;
    @Autowired
    private TenantTransactions tenants;

    @BeforeEach
    void agencyWithOneAgent() {
        scheduling.registerTenant(tenant, "Asia/Dubai");
        scheduling.addAgent(tenant, agent, "Sara Karimi");
        scheduling.setAvailability(tenant, agent, SchedulingClient.everyDay("09:00", "18:00", 6));
    }

    @AfterEach
    void relayRuns() {
        if (!relay.isRunning()) {
            relay.start();
        }
    }

    private long queued() {
        return database.sql("select count(*) as queued from outbox where tenant_id = $1")
                .bind(0, tenant)
                .map(row -> row.get("queued", Long.class))
                .one().block(Duration.ofSeconds(10));
    }

    private int book(String key) {
        return scheduling.admin(tenant).post().uri("/api/appointments")
                .bodyValue(Map.of("agentId", agent, "start", TUESDAY_10AM, "leadId", UUID.randomUUID(),
                        "idempotencyKey", key))
                .exchange().returnResult(String.class).getStatus().value();
    }

    @Test
    void aCommittedEventWaitsInTheOutboxUntilARelayPublishesIt() {
        try (TopicProbe events = new TopicProbe(Topics.APPOINTMENT_EVENTS)) {
            relay.stop();

            assertThat(book("queued-1")).isEqualTo(201);

            assertThat(queued()).isEqualTo(1);
            await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5))
                    .until(() -> events.seen(received -> received.envelope().tenantId().equals(tenant)).isEmpty());

            relay.start();

            assertThat(events.awaitCount(received -> received.envelope().tenantId().equals(tenant), 1).getFirst()
                    .envelope().type()).isEqualTo("appointment.booked");
            await().atMost(Duration.ofSeconds(10)).until(() -> queued() == 0);
        }
    }

    @Test
    void aLostRaceQueuesNothing() {
        relay.stop();
        assertThat(book("first")).isEqualTo(201);
        long afterFirst = queued();

        assertThat(book("second")).isEqualTo(409);

        assertThat(queued()).isEqualTo(afterFirst);
    }

    @Test
    void aTenantTransactionCannotReadTheQueue() {
        relay.stop();
        assertThat(book("private")).isEqualTo(201);

        StepVerifier.create(tenants.inTenant(tenant, database.sql("select count(*) as seen from outbox")
                        .map(row -> row.get("seen", Long.class)).one()))
                .expectNext(0L)
                .verifyComplete();
        assertThat(queued()).isEqualTo(1);
    }
}
