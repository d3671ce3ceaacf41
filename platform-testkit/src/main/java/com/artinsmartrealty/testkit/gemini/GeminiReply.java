package com.artinsmartrealty.testkit.gemini;

import java.time.Duration;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * What {@link FakeGeminiApi} answers to one {@code generateContent} call, in the Gemini API's own wire
 * format: a candidate with text, a prompt blocked by safety filters, a candidate stopped for safety,
 * or an error body with its HTTP status. Token counts default to an estimate of the request's size.
 */
public final class GeminiReply {

    /** The kinds of answer the real API gives. */
    enum Kind { TEXT, PROMPT_BLOCKED, SAFETY_STOP, ERROR }

    final Kind kind;
    final String text;
    final String finishReason;
    final int status;
    final String errorStatus;
    final String errorMessage;
    final Duration delay;
    final Integer promptTokens;
    final Integer outputTokens;

    private GeminiReply(Kind kind, String text, String finishReason, int status, String errorStatus,
                        String errorMessage, Duration delay, Integer promptTokens, Integer outputTokens) {
        this.kind = kind;
        this.text = text;
        this.finishReason = finishReason;
        this.status = status;
        this.errorStatus = errorStatus;
        this.errorMessage = errorMessage;
        this.delay = delay;
        this.promptTokens = promptTokens;
        this.outputTokens = outputTokens;
    }

    /** A candidate whose only part is {@code text} (for structured output, the JSON document). */
    public static GeminiReply text(String text) {
        Objects.requireNonNull(text, "text");
        return new GeminiReply(Kind.TEXT, text, "STOP", 200, null, null, Duration.ZERO, null, null);
    }

    /** A candidate cut off at the output token limit, with whatever text it had produced. */
    public static GeminiReply truncated(String partialText) {
        return new GeminiReply(Kind.TEXT, partialText, "MAX_TOKENS", 200, null, null, Duration.ZERO, null, null);
    }

    /** No candidate: {@code promptFeedback.blockReason} (e.g. {@code SAFETY}, {@code PROHIBITED_CONTENT}). */
    public static GeminiReply promptBlocked(String blockReason) {
        return new GeminiReply(Kind.PROMPT_BLOCKED, null, blockReason, 200, null, null, Duration.ZERO, null, null);
    }

    /** A candidate without content whose {@code finishReason} is {@code SAFETY}. */
    public static GeminiReply safetyStop() {
        return new GeminiReply(Kind.SAFETY_STOP, null, "SAFETY", 200, null, null, Duration.ZERO, null, null);
    }

    /** {@code 429 RESOURCE_EXHAUSTED}, as the API answers when a quota is used up. */
    public static GeminiReply tooManyRequests() {
        return error(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota).");
    }

    /** {@code 500 INTERNAL}. */
    public static GeminiReply internalError() {
        return error(500, "INTERNAL", "An internal error has occurred. Please retry or report in "
                + "https://developers.generativeai.google/guide/troubleshooting");
    }

    /** {@code 503 UNAVAILABLE}, as the API answers when the model is overloaded. */
    public static GeminiReply unavailable() {
        return error(503, "UNAVAILABLE", "The model is overloaded. Please try again later.");
    }

    /** {@code 400 INVALID_ARGUMENT} with {@code message}. */
    public static GeminiReply badRequest(String message) {
        return error(400, "INVALID_ARGUMENT", message);
    }

    /** Any error body: {@code {"error":{"code":..,"message":..,"status":..}}}. */
    public static GeminiReply error(int httpStatus, String status, String message) {
        return new GeminiReply(Kind.ERROR, null, null, httpStatus, status, message, Duration.ZERO, null, null);
    }

    /** The same answer, sent only after {@code delay} (to exceed a caller's time limit). */
    public GeminiReply after(Duration delay) {
        return new GeminiReply(kind, text, finishReason, status, errorStatus, errorMessage, delay, promptTokens,
                outputTokens);
    }

    /** The same answer with these {@code usageMetadata} token counts. */
    public GeminiReply withUsage(int promptTokenCount, int candidatesTokenCount) {
        return new GeminiReply(kind, text, finishReason, status, errorStatus, errorMessage, delay, promptTokenCount,
                candidatesTokenCount);
    }

    int promptTokens(GeminiRequest request, ToIntFunction<GeminiRequest> estimate) {
        return promptTokens != null ? promptTokens : estimate.applyAsInt(request);
    }

    int outputTokens() {
        if (outputTokens != null) {
            return outputTokens;
        }
        return text == null ? 0 : Math.max(1, text.length() / 4);
    }
}
