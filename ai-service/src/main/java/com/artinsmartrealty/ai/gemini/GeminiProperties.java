package com.artinsmartrealty.ai.gemini;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The Gemini provider. It is on when {@code apiKey} ({@code GEMINI_API_KEY}) is set.
 *
 * @param apiKey          the Gemini API key
 * @param apiUrl          the API's base URL when not Google's ({@code GEMINI_API_URL})
 * @param model           the model, a current Flash model by default
 * @param thinkingBudget  thinking tokens allowed per call; 0 turns thinking off
 * @param temperature     sampling temperature
 * @param timeout         the time limit of one call
 * @param deadline        the time limit of an operation, retries included, before the fallback answers
 * @param retry           retries of calls that failed for a reason that may pass (429, 5xx, time-outs)
 * @param circuitBreaker  when to stop calling for a while
 * @param maxOutputTokens the output token cap of each operation
 * @param prices          US dollars per million tokens, for the cost of each call
 */
@ConfigurationProperties("ai.gemini")
public record GeminiProperties(String apiKey, String apiUrl, String model, Integer thinkingBudget, Float temperature,
                               Duration timeout, Duration deadline, Retry retry, CircuitBreaker circuitBreaker,
                               OutputTokens maxOutputTokens, Prices prices) {

    public GeminiProperties {
        apiUrl = apiUrl == null || apiUrl.isBlank() ? null : apiUrl.replaceAll("/+$", "");
        model = model == null || model.isBlank() ? "gemini-2.5-flash" : model;
        thinkingBudget = thinkingBudget == null ? 0 : thinkingBudget;
        temperature = temperature == null ? 0.2f : temperature;
        timeout = timeout == null ? Duration.ofSeconds(15) : timeout;
        deadline = deadline == null ? Duration.ofSeconds(40) : deadline;
        retry = retry == null ? new Retry(3, Duration.ofSeconds(1), 2.0) : retry;
        circuitBreaker = circuitBreaker == null ? new CircuitBreaker(10, 5, 50f, Duration.ofSeconds(30), 2)
                : circuitBreaker;
        maxOutputTokens = maxOutputTokens == null ? new OutputTokens(512, 800, 2048, 512) : maxOutputTokens;
        prices = prices == null ? new Prices(0.30, 1.00, 2.50) : prices;
    }

    /** Whether a key is configured. */
    public boolean enabled() {
        return apiKey != null && !apiKey.isBlank();
    }

    /**
     * @param maxRetries     retries after the first call (3: waits of 1 s, 2 s and 4 s)
     * @param initialBackoff the first wait
     * @param multiplier     how much each wait grows
     */
    public record Retry(int maxRetries, Duration initialBackoff, double multiplier) {
        public Retry {
            initialBackoff = initialBackoff == null ? Duration.ofSeconds(1) : initialBackoff;
            multiplier = multiplier <= 0 ? 2.0 : multiplier;
        }
    }

    /**
     * @param window           calls the failure rate is measured over
     * @param minimumCalls     calls before the rate counts
     * @param failureRate      per cent of failed calls that opens the circuit
     * @param openFor          how long the circuit stays open before trying again
     * @param halfOpenCalls    trial calls when it does
     */
    public record CircuitBreaker(int window, int minimumCalls, float failureRate, Duration openFor,
                                 int halfOpenCalls) {
        public CircuitBreaker {
            window = window <= 0 ? 10 : window;
            minimumCalls = minimumCalls <= 0 ? 5 : minimumCalls;
            failureRate = failureRate <= 0 ? 50f : failureRate;
            openFor = openFor == null ? Duration.ofSeconds(30) : openFor;
            halfOpenCalls = halfOpenCalls <= 0 ? 2 : halfOpenCalls;
        }
    }

    /** Output token caps per operation. */
    public record OutputTokens(int understand, int reply, int transcribe, int vision) {
    }

    /** Prices in US dollars per million tokens (equal to micro-dollars per token). */
    public record Prices(double input, double audioInput, double output) {
    }
}
