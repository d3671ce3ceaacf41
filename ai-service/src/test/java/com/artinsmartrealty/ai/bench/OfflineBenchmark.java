package com.artinsmartrealty.ai.bench;

import com.artinsmartrealty.ai.AiApplication;
import com.artinsmartrealty.ai.i18n.Texts;
import com.artinsmartrealty.ai.offline.OfflineReplies;
import com.artinsmartrealty.ai.offline.OfflineUnderstanding;
import com.artinsmartrealty.ai.retrieval.FaqIndex;
import com.artinsmartrealty.ai.retrieval.LanguageAnalyzers;
import com.artinsmartrealty.ai.retrieval.ListingIndex;
import com.artinsmartrealty.ai.support.FakeGateway;
import com.artinsmartrealty.ai.support.FakeLeadService;
import com.artinsmartrealty.ai.support.Listings;
import com.artinsmartrealty.ai.support.TestTokens;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.lead.LeadProfile;
import com.artinsmartrealty.platform.demo.DemoAgency;
import com.artinsmartrealty.testkit.infra.EmbeddedInfrastructureInitializer;
import com.artinsmartrealty.testkit.infra.Infrastructure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Offline understand and reply: latency percentiles and throughput, first of the cores alone (reader,
 * Lucene search and answer composition, at several knowledge-base sizes), then end to end over HTTP
 * (token check, knowledge version read from PostgreSQL, listing catalog, JSON) on the embedded
 * infrastructure. Run with {@code ./mvnw -B -ntp -pl ai-service -am verify -Pbench -DskipTests}; the
 * results go to {@code docs/benchmarks.md}.
 */
public final class OfflineBenchmark {

    private static final int CORE_WARM_UP = 20_000;
    private static final int CORE_OPERATIONS = 100_000;
    private static final int HTTP_WARM_UP = 2_000;
    private static final int HTTP_REQUESTS = 10_000;

    private OfflineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        System.out.printf("Offline benchmark: %d processors, max heap %d MB, Java %s%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"));
        core();
        http();
        System.exit(0);
    }

    private static void core() throws InterruptedException {
        LanguageAnalyzers analyzers = LanguageAnalyzers.load();
        ListingIndex listings = ListingIndex.build("bench", Listings.all(), analyzers);
        OfflineReplies replies = new OfflineReplies(Texts.instance());
        List<Questions.Question> questions = Questions.ALL;
        run("core understand", 1, i -> {
            Questions.Question q = questions.get(i % questions.size());
            OfflineUnderstanding.understand(q.text(), q.language(), null, "AED");
        });
        run("core understand", threads(), i -> {
            Questions.Question q = questions.get(i % questions.size());
            OfflineUnderstanding.understand(q.text(), q.language(), null, "AED");
        });
        for (int size : new int[] {12, 200, 1_000, 5_000}) {
            long started = System.nanoTime();
            FaqIndex faq = FaqIndex.build(1, SyntheticKnowledgeBase.of(size), analyzers);
            System.out.printf("knowledge base of %,d entries x 4 languages indexed in %.0f ms%n", size,
                    (System.nanoTime() - started) / 1e6);
            Operation reply = i -> {
                Questions.Question q = questions.get(i % questions.size());
                replies.reply(new OfflineReplies.Question(q.text(), q.language(), q.language(),
                        Set.of(Listings.MARINA), "AED"), faq, listings);
            };
            run("core reply, " + size + " entries", 1, reply);
            run("core reply, " + size + " entries", threads(), reply);
        }
    }

    private static void http() throws InterruptedException {
        Infrastructure infrastructure = Infrastructure.shared();
        FakeLeadService lead = FakeLeadService.start();
        lead.catalog(DemoAgency.TENANT_ID, "bench", Listings.all(), Listings.photos());
        FakeGateway gateway = FakeGateway.start();
        Map<String, String> properties = new LinkedHashMap<>(infrastructure.springProperties(AiApplication.NAME));
        properties.put("spring.flyway.locations", "classpath:db/ai/migration,classpath:db/ai/demo");
        properties.put("server.port", "0");
        properties.put("platform.security.jwt.secret", EmbeddedInfrastructureInitializer.TEST_JWT_SECRET);
        properties.put("platform.services.lead", lead.baseUrl());
        properties.put("platform.services.gateway", gateway.baseUrl());
        properties.put("logging.level.root", "WARN");
        List<String> arguments = new ArrayList<>();
        properties.forEach((key, value) -> arguments.add("--" + key + "=" + value));
        try (ConfigurableApplicationContext app = AiApplication.builder().run(arguments.toArray(String[]::new))) {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            WebClient client = WebClient.builder().baseUrl("http://localhost:" + port)
                    .defaultHeader("Authorization", "Bearer " + TestTokens.service(DemoAgency.TENANT_ID))
                    .build();
            List<Questions.Question> questions = Questions.ALL;
            Request understand = i -> {
                Questions.Question q = questions.get(i % questions.size());
                return post(client, "/internal/ai/understand", new UnderstandRequest(q.text(), q.language().code(),
                        null));
            };
            Request reply = i -> {
                Questions.Question q = questions.get(i % questions.size());
                return post(client, "/internal/ai/reply", new ReplyRequest(q.text(), q.language().code(),
                        ReplyRequest.Purpose.FAQ, null, LeadProfile.empty(), List.of()));
            };
            for (int concurrency : new int[] {1, 16}) {
                load("http understand", understand, concurrency);
                load("http reply, 12 entries", reply, concurrency);
            }
        } finally {
            lead.close();
            gateway.close();
        }
    }

    private static Mono<Void> post(WebClient client, String path, Object body) {
        return client.post().uri(path).contentType(MediaType.APPLICATION_JSON).bodyValue(body)
                .retrieve().toBodilessEntity().then();
    }

    private static void load(String name, Request request, int concurrency) {
        Flux.range(0, HTTP_WARM_UP).flatMap(request::send, concurrency).blockLast();
        Latencies latencies = new Latencies(HTTP_REQUESTS);
        long started = System.nanoTime();
        Flux.range(0, HTTP_REQUESTS)
                .flatMap(i -> Mono.defer(() -> {
                    long sent = System.nanoTime();
                    return request.send(i).doOnSuccess(done -> latencies.add(System.nanoTime() - sent));
                }), concurrency)
                .blockLast();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-34s %2d in flight | %s%n", name, concurrency, latencies.summary(seconds));
    }

    private static void run(String name, int threads, Operation operation) throws InterruptedException {
        for (int i = 0; i < CORE_WARM_UP; i++) {
            operation.run(i);
        }
        Latencies latencies = new Latencies(CORE_OPERATIONS);
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(threads);
        long started = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            Thread.ofPlatform().start(() -> {
                for (int i = next.getAndIncrement(); i < CORE_OPERATIONS; i = next.getAndIncrement()) {
                    long begin = System.nanoTime();
                    operation.run(i);
                    latencies.add(System.nanoTime() - begin);
                }
                done.countDown();
            });
        }
        done.await();
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%-34s %2d threads   | %s%n", name, threads, latencies.summary(seconds));
    }

    private static int threads() {
        return Runtime.getRuntime().availableProcessors();
    }

    @FunctionalInterface
    private interface Operation {
        void run(int i);
    }

    @FunctionalInterface
    private interface Request {
        Mono<Void> send(int i);
    }
}
