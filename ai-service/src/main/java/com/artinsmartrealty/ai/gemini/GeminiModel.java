package com.artinsmartrealty.ai.gemini;

import com.google.genai.Client;
import com.google.genai.errors.ApiException;
import com.google.genai.errors.GenAiIOException;
import com.google.genai.types.Candidate;
import com.google.genai.types.Content;
import com.google.genai.types.FinishReason;
import com.google.genai.types.GenerateContentConfig;
import com.google.genai.types.GenerateContentResponse;
import com.google.genai.types.GenerateContentResponseUsageMetadata;
import com.google.genai.types.MediaModality;
import com.google.genai.types.Part;
import com.google.genai.types.ThinkingConfig;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.github.resilience4j.reactor.retry.RetryOperator;
import io.github.resilience4j.reactor.timelimiter.TimeLimiterOperator;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Calls Gemini's {@code generateContent} through the {@code google-genai} client's asynchronous API,
 * behind resilience4j: a time limit per call, a circuit breaker, and retries with exponential backoff
 * (1 s, 2 s, 4 s) for failures that may pass (429, 5xx, time-outs, broken connections) and never for
 * other 4xx. The client's own retries are off, so these are the only ones. The tenant's token budgets
 * are checked before a call, and every answer the model gave is recorded (tokens, cost) whether or not
 * it turns out usable. A blocked, empty or cut-off answer is a {@link ModelFailure}, as is any failure
 * to reach the model; callers answer those with their fallback.
 */
public class GeminiModel {

    private static final Logger log = LoggerFactory.getLogger(GeminiModel.class);
    private static final Set<FinishReason.Known> BLOCKING = Set.of(FinishReason.Known.SAFETY,
            FinishReason.Known.PROHIBITED_CONTENT, FinishReason.Known.BLOCKLIST, FinishReason.Known.SPII,
            FinishReason.Known.RECITATION, FinishReason.Known.IMAGE_SAFETY);

    private final Client client;
    private final GeminiProperties properties;
    private final ModelMeter meter;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final TimeLimiter timeLimiter;

    public GeminiModel(Client client, GeminiProperties properties, ModelMeter meter) {
        this.client = client;
        this.properties = properties;
        this.meter = meter;
        GeminiProperties.Retry retrying = properties.retry();
        this.retry = Retry.of("gemini", RetryConfig.custom()
                .maxAttempts(retrying.maxRetries() + 1)
                .intervalFunction(IntervalFunction.ofExponentialBackoff(retrying.initialBackoff(),
                        retrying.multiplier()))
                .retryOnException(GeminiModel::mayPass)
                .build());
        GeminiProperties.CircuitBreaker breaking = properties.circuitBreaker();
        this.circuitBreaker = CircuitBreaker.of("gemini", CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(breaking.window())
                .minimumNumberOfCalls(breaking.minimumCalls())
                .failureRateThreshold(breaking.failureRate())
                .waitDurationInOpenState(breaking.openFor())
                .permittedNumberOfCallsInHalfOpenState(breaking.halfOpenCalls())
                .recordException(GeminiModel::mayPass)
                .build());
        this.timeLimiter = TimeLimiter.of("gemini", TimeLimiterConfig.custom()
                .timeoutDuration(properties.timeout())
                .cancelRunningFuture(true)
                .build());
        circuitBreaker.getEventPublisher().onStateTransition(event ->
                log.warn("Gemini circuit {}", event.getStateTransition()));
        retry.getEventPublisher().onRetry(event -> log.info("Gemini call retried (attempt {}) after {}",
                event.getNumberOfRetryAttempts(), event.getLastThrowable().toString()));
    }

    public String model() {
        return properties.model();
    }

    /** The JSON text of the model's answer. */
    public Mono<String> generate(ModelCall call) {
        GenerateContentConfig config = config(call);
        List<Content> contents = List.of(Content.builder().role("user").parts(call.parts()).build());
        Mono<GenerateContentResponse> attempt = Mono.defer(() -> Mono.fromFuture(
                        () -> client.async.models.generateContent(properties.model(), contents, config), false))
                .subscribeOn(Schedulers.boundedElastic())
                .onErrorMap(CompletionException.class, e -> e.getCause() == null ? e : e.getCause());
        return meter.admit(call.tenantId(), call.estimatedInputTokens())
                .then(attempt
                        .transformDeferred(TimeLimiterOperator.of(timeLimiter))
                        .transformDeferred(CircuitBreakerOperator.of(circuitBreaker))
                        .transformDeferred(RetryOperator.of(retry))
                        .timeout(properties.deadline()))
                .flatMap(response -> meter.record(usageOf(call, response)).thenReturn(response))
                .map(GeminiModel::text)
                .onErrorMap(e -> !(e instanceof ModelFailure), GeminiModel::failure);
    }

    /** The retry policy, for inspection. */
    public Retry retry() {
        return retry;
    }

    /** The circuit breaker, for inspection. */
    public CircuitBreaker circuitBreaker() {
        return circuitBreaker;
    }

    private GenerateContentConfig config(ModelCall call) {
        return GenerateContentConfig.builder()
                .systemInstruction(Content.fromParts(Part.fromText(call.instruction())))
                .responseMimeType("application/json")
                .responseSchema(call.schema())
                .maxOutputTokens(call.maxOutputTokens())
                .temperature(properties.temperature())
                .candidateCount(1)
                .thinkingConfig(ThinkingConfig.builder().thinkingBudget(properties.thinkingBudget()).build())
                .build();
    }

    /** Failures worth retrying and counting against the circuit: the model may answer later. */
    static boolean mayPass(Throwable error) {
        if (error instanceof ApiException api) {
            return api.code() == 429 || api.code() >= 500;
        }
        return error instanceof TimeoutException || error instanceof GenAiIOException
                || error instanceof java.io.IOException;
    }

    private static ModelFailure failure(Throwable error) {
        if (error instanceof BudgetExceeded) {
            return new ModelFailure(ModelFailure.Reason.OVER_BUDGET, error.getMessage(), error);
        }
        if (error instanceof ApiException api && api.code() != 429 && api.code() < 500) {
            log.error("Gemini refused the request: {} {}", api.code(), api.status());
            return new ModelFailure(ModelFailure.Reason.REJECTED, "the model API refused the request", error);
        }
        if (error instanceof CallNotPermittedException) {
            return new ModelFailure(ModelFailure.Reason.UNAVAILABLE, "the model circuit is open", error);
        }
        if (mayPass(error)) {
            log.warn("Gemini unavailable: {}", error.toString());
        } else {
            log.error("Gemini call failed unexpectedly", error);
        }
        return new ModelFailure(ModelFailure.Reason.UNAVAILABLE, "the model could not be reached", error);
    }

    private static String text(GenerateContentResponse response) {
        if (response.promptFeedback().flatMap(feedback -> feedback.blockReason()).isPresent()) {
            throw new ModelFailure(ModelFailure.Reason.BLOCKED, "the prompt was blocked");
        }
        List<Candidate> candidates = response.candidates().orElse(List.of());
        if (candidates.isEmpty()) {
            throw new ModelFailure(ModelFailure.Reason.BLOCKED, "the model gave no candidate");
        }
        Optional<FinishReason> finish = candidates.getFirst().finishReason();
        if (finish.isPresent() && BLOCKING.contains(finish.get().knownEnum())) {
            throw new ModelFailure(ModelFailure.Reason.BLOCKED, "the answer was blocked");
        }
        if (finish.isPresent() && finish.get().knownEnum() == FinishReason.Known.MAX_TOKENS) {
            throw new ModelFailure(ModelFailure.Reason.MALFORMED, "the answer was cut off");
        }
        String text = candidates.getFirst().content()
                .flatMap(Content::parts).orElse(List.of()).stream()
                .map(part -> part.text().orElse(""))
                .reduce("", String::concat);
        if (text.isBlank()) {
            throw new ModelFailure(ModelFailure.Reason.MALFORMED, "the answer was empty");
        }
        return text;
    }

    private ModelUsage usageOf(ModelCall call, GenerateContentResponse response) {
        GenerateContentResponseUsageMetadata metadata = response.usageMetadata().orElse(null);
        if (metadata == null) {
            return new ModelUsage(call.tenantId(), call.leadId(), call.correlationId(), call.operation().wireName(),
                    properties.model(), 0, 0, 0);
        }
        long prompt = metadata.promptTokenCount().orElse(0);
        long output = metadata.candidatesTokenCount().orElse(0) + metadata.thoughtsTokenCount().orElse(0);
        long audio = metadata.promptTokensDetails().orElse(List.of()).stream()
                .filter(detail -> detail.modality().map(MediaModality::knownEnum)
                        .filter(MediaModality.Known.AUDIO::equals).isPresent())
                .mapToLong(detail -> detail.tokenCount().orElse(0))
                .sum();
        GeminiProperties.Prices prices = properties.prices();
        double cost = (prompt - audio) * prices.input() + audio * prices.audioInput() + output * prices.output();
        return new ModelUsage(call.tenantId(), call.leadId(), call.correlationId(), call.operation().wireName(),
                properties.model(), prompt, output, Math.round(cost));
    }
}
