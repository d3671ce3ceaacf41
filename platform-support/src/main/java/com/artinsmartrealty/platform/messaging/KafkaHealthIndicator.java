package com.artinsmartrealty.platform.messaging;

import java.time.Duration;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.ReactiveHealthIndicator;
import reactor.core.publisher.Mono;

/** UP when the Kafka cluster answers a metadata request in time. */
public final class KafkaHealthIndicator implements ReactiveHealthIndicator, AutoCloseable {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final Admin admin;

    public KafkaHealthIndicator(Admin admin) {
        this.admin = admin;
    }

    @Override
    public Mono<Health> health() {
        DescribeClusterOptions options = new DescribeClusterOptions().timeoutMs((int) TIMEOUT.toMillis());
        return Mono.fromFuture(() -> admin.describeCluster(options).nodes().toCompletionStage().toCompletableFuture())
                .map(nodes -> nodes.isEmpty()
                        ? Health.down().withDetail("nodes", 0).build()
                        : Health.up().withDetail("nodes", nodes.size()).build())
                .timeout(TIMEOUT.plusSeconds(1))
                .onErrorResume(error -> Mono.just(Health.down().withDetail("error", error.getClass().getSimpleName())
                        .build()));
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
