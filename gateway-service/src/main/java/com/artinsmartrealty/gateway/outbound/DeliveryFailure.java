package com.artinsmartrealty.gateway.outbound;

import java.time.Duration;
import java.util.Objects;

/**
 * Why a channel did not take a message, in the terms outbound delivery acts on. Channel senders
 * translate their API's errors into these.
 */
public final class DeliveryFailure extends RuntimeException {

    /** What to do about it. */
    public enum Kind {
        /** Try again after a backoff (network errors, 5xx, throttling without a wait time). */
        TRANSIENT,
        /** Try again after exactly {@link #retryAfter()} (Telegram 429). */
        RETRY_AFTER,
        /** The user blocked the bot: mark the chat unreachable and stop. */
        BLOCKED,
        /** The channel will never accept this message as it is: dead-letter it. */
        REJECTED
    }

    private final Kind kind;
    private final String code;
    private final Duration retryAfter;

    private DeliveryFailure(Kind kind, String code, String detail, Duration retryAfter, Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind);
        this.code = code;
        this.retryAfter = retryAfter;
    }

    public static DeliveryFailure transientError(String code, String detail, Throwable cause) {
        return new DeliveryFailure(Kind.TRANSIENT, code, detail, null, cause);
    }

    public static DeliveryFailure retryAfter(String code, String detail, Duration wait) {
        return new DeliveryFailure(Kind.RETRY_AFTER, code, detail, wait, null);
    }

    public static DeliveryFailure blocked(String code, String detail) {
        return new DeliveryFailure(Kind.BLOCKED, code, detail, null, null);
    }

    public static DeliveryFailure rejected(String code, String detail) {
        return new DeliveryFailure(Kind.REJECTED, code, detail, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The channel's error code ({@code 429}, {@code 131047}), or null. */
    public String code() {
        return code;
    }

    /** How long the channel asked to wait, for {@link Kind#RETRY_AFTER}. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
