package com.artinsmartrealty.conversation.dialogue;

import com.artinsmartrealty.contracts.EventCodec;
import com.artinsmartrealty.contracts.api.ai.ReplyRequest;
import com.artinsmartrealty.contracts.api.ai.TranscribeRequest;
import com.artinsmartrealty.contracts.api.ai.UnderstandRequest;
import com.artinsmartrealty.contracts.api.ai.VisionRequest;
import com.artinsmartrealty.contracts.api.lead.MatchRequest;
import com.artinsmartrealty.contracts.api.scheduling.Appointment;
import com.artinsmartrealty.contracts.api.scheduling.BookingRequest;
import com.artinsmartrealty.contracts.api.scheduling.SlotOfferRequest;
import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Function;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;
import tools.jackson.databind.json.JsonMapper;

/**
 * Local stand-ins for ai-, lead- and scheduling-service on one port, speaking their HTTP contracts
 * ({@code contracts.api.*}) as JSON and answering as {@link FakeServices} says. Every call must carry
 * a valid service token (unless {@link #verifyTokens} is off); calls are recorded. The AI endpoints can
 * answer after a fixed latency, and a question can be made slow on its own.
 */
public final class FakeServiceServer implements AutoCloseable {

    private final DisposableServer server;
    private final JsonMapper json = new EventCodec().mapper();
    private final AccessTokens tokens;
    private final ConcurrentLinkedQueue<Call> calls = new ConcurrentLinkedQueue<>();
    private final Map<String, Duration> slowQuestions = new ConcurrentHashMap<>();
    private volatile FakeServices services = new FakeServices(Map.of());
    private volatile Duration aiLatency = Duration.ZERO;
    private volatile boolean verifyTokens = true;
    private volatile boolean keepCalls = true;
    private final Map<String, LongAdder> counted = new ConcurrentHashMap<>();

    private FakeServiceServer(String jwtSecret, Clock clock) {
        this.tokens = new AccessTokens(jwtSecret, clock);
        // The JWT library finds its parts with a service loader on first use: not on an event loop.
        tokens.verify(tokens.issue(new PlatformPrincipal("service:warmup", UUID.randomUUID(), Role.SERVICE),
                Duration.ofMinutes(1)));
        this.server = HttpServer.create().host("127.0.0.1").port(0)
                .route(routes -> routes
                        .post("/internal/ai/understand", (request, response) -> ai(request, response, "understand",
                                UnderstandRequest.class, body -> services.understand(body), body -> body.text()))
                        .post("/internal/ai/reply", (request, response) -> ai(request, response, "answer",
                                ReplyRequest.class, body -> services.reply(body), body -> body.question()))
                        .post("/internal/ai/transcribe", (request, response) -> ai(request, response, "transcribe",
                                TranscribeRequest.class, body -> services.transcribe(body), body -> ""))
                        .post("/internal/ai/vision", (request, response) -> ai(request, response, "readPhoto",
                                VisionRequest.class, body -> services.vision(body), body -> ""))
                        .post("/internal/leads/{leadId}/matches", (request, response) -> serve(request, response,
                                "findMatches", MatchRequest.class, body -> services.matches(body)))
                        .post("/internal/slot-offers", (request, response) -> serve(request, response, "offerSlots",
                                SlotOfferRequest.class, body -> services.slots(body)))
                        .post("/internal/appointments", (request, response) -> serve(request, response, "book",
                                BookingRequest.class, body -> services.book(body))))
                .bindNow();
    }

    public static FakeServiceServer start(String jwtSecret, Clock clock) {
        return new FakeServiceServer(jwtSecret, clock);
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.port();
    }

    /** Answers as {@code services} says from now on. */
    public void use(FakeServices services) {
        this.services = services;
    }

    public FakeServices services() {
        return services;
    }

    /** Every AI answer comes after this long (the language model's latency). */
    public void aiLatency(Duration latency) {
        this.aiLatency = latency;
    }

    /**
     * Off: a call only needs a bearer token, not a verified one (a benchmark measures the conversation
     * service, not the stand-in's signature checks).
     */
    public void verifyTokens(boolean verify) {
        this.verifyTokens = verify;
    }

    /**
     * Off: calls are only counted ({@link #count}), not kept with their bodies (a benchmark's many calls
     * would otherwise all stay in memory).
     */
    public void keepCalls(boolean keep) {
        this.keepCalls = keep;
    }

    /** How many calls of this kind came, kept or not. */
    public long count(String kind) {
        LongAdder count = counted.get(kind);
        return count == null ? 0 : count.sum();
    }

    /** This question is answered only after {@code delay}. */
    public void slow(String question, Duration delay) {
        slowQuestions.put(question, delay);
    }

    public List<Call> calls() {
        return List.copyOf(calls);
    }

    /** The kinds of the calls made for {@code tenant} since the first {@code skip} of them. */
    public List<String> kindsSince(int skip, UUID tenant) {
        return calls.stream().skip(skip).filter(call -> tenant.equals(call.tenantId())).map(Call::kind).toList();
    }

    private <T> Publisher<Void> ai(HttpServerRequest request, HttpServerResponse response, String kind, Class<T> type,
                                   Function<T, Object> answer, Function<T, String> question) {
        return serve(request, response, kind, type, body -> answer.apply(body),
                body -> aiLatency.plus(slowQuestions.getOrDefault(question.apply(body), Duration.ZERO)));
    }

    private <T> Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, String kind,
                                      Class<T> type, Function<T, Object> answer) {
        return serve(request, response, kind, type, answer, body -> Duration.ZERO);
    }

    private <T> Publisher<Void> serve(HttpServerRequest request, HttpServerResponse response, String kind,
                                      Class<T> type, Function<T, Object> answer, Function<T, Duration> delay) {
        String header = request.requestHeaders().get("Authorization");
        UUID tenant = null;
        if (verifyTokens) {
            PlatformPrincipal caller;
            try {
                caller = tokens.verify(header == null ? "" : header.replaceFirst("^Bearer ", ""));
            } catch (AccessTokens.InvalidTokenException e) {
                return response.status(401).send();
            }
            if (caller.role() != Role.SERVICE) {
                return response.status(403).send();
            }
            tenant = caller.tenantId();
        } else if (header == null || !header.startsWith("Bearer ")) {
            return response.status(401).send();
        }
        UUID caller = tenant;
        return request.receive().aggregate().asString().defaultIfEmpty("{}").flatMap(text -> {
            T body = json.readValue(text, type);
            counted.computeIfAbsent(kind, any -> new LongAdder()).increment();
            if (keepCalls) {
                calls.add(new Call(kind, caller, text));
            }
            return Mono.delay(delay.apply(body)).then(Mono.fromSupplier(() -> answer.apply(body))
                    .map(result -> {
                        int status = result instanceof Appointment ? 201
                                : result instanceof com.artinsmartrealty.contracts.api.scheduling.BookingConflict
                                ? 409 : 200;
                        return response.status(status).header("Content-Type", "application/json")
                                .sendString(Mono.just(json.writeValueAsString(result)));
                    })
                    .switchIfEmpty(Mono.fromSupplier(() -> response.status(503)
                            .header("Content-Type", "application/problem+json")
                            .sendString(Mono.just("{\"title\":\"Service Unavailable\",\"status\":503}"))))
                    .flatMap(Mono::from));
        });
    }

    @Override
    public void close() {
        server.disposeNow();
    }

    /** One call received. */
    public record Call(String kind, UUID tenantId, String body) {
    }
}
