package com.artinsmartrealty.ai.gemini;

/** Why a model call gave no usable answer; every reason leads to a fallback, never to an error for the user. */
public final class ModelFailure extends RuntimeException {

    /** What happened. */
    public enum Reason {
        /** The model could not be reached in time: open circuit, time-outs, 429 or 5xx after the retries. */
        UNAVAILABLE,
        /** The API refused the request (a 4xx other than 429): a bug or a configuration problem. */
        REJECTED,
        /** The prompt or the answer was blocked by safety filters. */
        BLOCKED,
        /** The answer was not the JSON asked for. */
        MALFORMED,
        /** The tenant's token budget (per request or per day) does not allow the call. */
        OVER_BUDGET
    }

    private final Reason reason;

    public ModelFailure(Reason reason, String message) {
        this(reason, message, null);
    }

    public ModelFailure(Reason reason, String message, Throwable cause) {
        super(message, cause, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
