package com.artinsmartrealty.gateway.bench;

import com.artinsmartrealty.gateway.support.GatewayIT;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.ByteBufFlux;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

/**
 * Webhook ingest throughput and latency, side by side with a bare WebFlux endpoint in the same
 * application and run. The webhook path is the real one: tenant lookup, secret check, update parsing,
 * the {@code update_id} dedupe in Redis and the {@code chat.inbound.v1} write acknowledged by the
 * broker ({@code acks=all}) before the 200. The bare endpoint reads the body and answers 200.
 *
 * <p>Only answers 200 count as requests done; anything else, or no answer, is an error. Not part of
 * {@code verify} (no test name pattern matches it); the command that runs it, with BlockHound off, is in
 * docs/benchmarks.md. Settings: {@code -Dbench.concurrency=64 -Dbench.seconds=20 -Dbench.warmup=10
 * -Dbench.rounds=2}.
 */
@Import(WebhookIngestBenchmark.BareEndpoint.class)
@TestPropertySource(properties = {"gateway.telegram.mode=off", "logging.level.root=WARN"})
class WebhookIngestBenchmark extends GatewayIT {

    private static final int CONCURRENCY = Integer.getInteger("bench.concurrency", 64);
    private static final int SECONDS = Integer.getInteger("bench.seconds", 20);
    private static final int WARM_UP_SECONDS = Integer.getInteger("bench.warmup", 10);
    private static final int ROUNDS = Integer.getInteger("bench.rounds", 2);
    private static final int CHATS = 1_000;
    private static final AtomicLong UPDATE_IDS = new AtomicLong(500_000_000L);

    @Test
    void webhookIngestAgainstABareEndpoint() {
        TestTenant tenant = telegramTenant();
        HttpClient http = HttpClient.create(ConnectionProvider.builder("bench").maxConnections(CONCURRENCY)
                        .pendingAcquireMaxCount(-1).build())
                .baseUrl("http://127.0.0.1:" + port)
                .headers(headers -> headers.set(HttpHeaderNames.CONTENT_TYPE, HttpHeaderValues.APPLICATION_JSON));
        Supplier<Mono<Integer>> bare = () -> post(http, "/bench/bare", update(), null);
        Supplier<Mono<Integer>> webhook = () -> post(http, "/webhooks/telegram/" + tenant.slug(), update(),
                tenant.webhookSecret());

        run(bare, WARM_UP_SECONDS);
        run(webhook, WARM_UP_SECONDS);
        List<String> rows = new ArrayList<>();
        double bareTotal = 0;
        double webhookTotal = 0;
        for (int round = 1; round <= ROUNDS; round++) {
            Result bareResult = run(bare, SECONDS);
            Result webhookResult = run(webhook, SECONDS);
            bareTotal += bareResult.perSecond();
            webhookTotal += webhookResult.perSecond();
            rows.add(bareResult.row("bare endpoint, round " + round));
            rows.add(webhookResult.row("Telegram webhook ingest, round " + round));
        }
        System.out.println();
        System.out.println("| endpoint | requests | errors | requests/s | p50 ms | p99 ms | max ms |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|");
        rows.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "%nwebhook / bare throughput: %.2f (concurrency %d, %d s per measurement)%n",
                webhookTotal / bareTotal, CONCURRENCY, SECONDS);
    }

    private static Result run(Supplier<Mono<Integer>> call, int seconds) {
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        long started = System.nanoTime();
        Flux.range(0, CONCURRENCY)
                .flatMap(worker -> Mono.defer(() -> {
                            long start = System.nanoTime();
                            return call.get().doOnNext(status -> {
                                if (status == 200) {
                                    latencies.add(System.nanoTime() - start);
                                } else {
                                    errors.incrementAndGet();
                                }
                            });
                        })
                        .onErrorResume(error -> {
                            errors.incrementAndGet();
                            return Mono.empty();
                        })
                        .repeat(() -> System.nanoTime() < deadline), CONCURRENCY)
                .blockLast(Duration.ofSeconds(seconds + 60L));
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        return new Result(sorted, errors.get(), elapsed);
    }

    /** A POST with its Content-Length, as Telegram sends it (not chunked). */
    private static Mono<Integer> post(HttpClient http, String path, String body, String secret) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return http.headers(headers -> {
                    headers.set(HttpHeaderNames.CONTENT_LENGTH, bytes.length);
                    if (secret != null) {
                        headers.set("X-Telegram-Bot-Api-Secret-Token", secret);
                    }
                })
                .post().uri(path)
                .send(ByteBufFlux.fromInbound(Mono.just(bytes)))
                .responseSingle((response, content) -> content.then(Mono.just(response.status().code())));
    }

    /** A private-chat text message as Telegram sends it, with a fresh update id and one of 1000 chats. */
    private static String update() {
        long id = UPDATE_IDS.incrementAndGet();
        long chat = 600_000_000L + id % CHATS;
        return "{\"update_id\":" + id + ",\"message\":{\"message_id\":" + (id % 100_000) + ",\"date\":1767225600,"
                + "\"from\":{\"id\":" + chat + ",\"is_bot\":false,\"first_name\":\"Sara\",\"language_code\":\"en\"},"
                + "\"chat\":{\"id\":" + chat + ",\"first_name\":\"Sara\",\"type\":\"private\"},"
                + "\"text\":\"I am looking for a 2 bedroom apartment in Dubai Marina\"}}";
    }

    private record Result(long[] latencies, long errors, double seconds) {

        double perSecond() {
            return latencies.length / seconds;
        }

        String row(String name) {
            return String.format(Locale.ROOT, "| %s | %d | %d | %.0f | %.1f | %.1f | %.1f |", name, latencies.length,
                    errors, perSecond(), percentile(0.50), percentile(0.99),
                    latencies.length == 0 ? 0 : latencies[latencies.length - 1] / 1e6);
        }

        private double percentile(double p) {
            if (latencies.length == 0) {
                return 0;
            }
            return latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)] / 1e6;
        }
    }

    /**
     * The reference: a functional WebFlux endpoint that reads the body and answers 200, behind a permit-all
     * security chain of its own (the gateway's chain would refuse an unknown path).
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class BareEndpoint {

        @Bean
        RouterFunction<ServerResponse> bareEndpoint() {
            return RouterFunctions.route().POST("/bench/bare", request -> request.bodyToMono(String.class)
                    .flatMap(body -> ServerResponse.ok().build())).build();
        }

        @Bean
        @Order(Ordered.HIGHEST_PRECEDENCE)
        SecurityWebFilterChain benchChain(ServerHttpSecurity http) {
            return http.securityMatcher(ServerWebExchangeMatchers.pathMatchers("/bench/**"))
                    .csrf(ServerHttpSecurity.CsrfSpec::disable)
                    .authorizeExchange(exchanges -> exchanges.anyExchange().permitAll())
                    .build();
        }
    }
}
