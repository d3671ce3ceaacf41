package com.artinsmartrealty.scheduling.support;

import com.artinsmartrealty.platform.messaging.EventPublisher;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The service on the real embedded Kafka and PostgreSQL, on a random port, with a clock the test moves.
 * All subclasses share one application context. The clock starts each test on Monday 7 January 2030,
 * 09:00 in Dubai.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "spring.config.name=scheduling-service",
    "scheduling.reminders.poll-interval=200ms",
    "scheduling.outbox.poll-interval=200ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@Import(SchedulingIntegrationTest.TestClock.class)
public abstract class SchedulingIntegrationTest {

    /** Monday 7 January 2030, 09:00 in Dubai. */
    public static final Instant MONDAY_9AM_DUBAI = Instant.parse("2030-01-07T05:00:00Z");

    @LocalServerPort
    protected int port;
    @Autowired
    protected MutableClock clock;
    @Autowired
    private AccessTokens tokens;
    @Autowired
    private EventPublisher publisher;

    protected SchedulingClient scheduling;

    @BeforeEach
    void connect() {
        clock.set(MONDAY_9AM_DUBAI);
        scheduling = new SchedulingClient(port, tokens, publisher, clock);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class TestClock {

        @Bean
        MutableClock clock() {
            return new MutableClock(MONDAY_9AM_DUBAI);
        }
    }
}
