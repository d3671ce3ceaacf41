package com.artinsmartrealty.gateway.media;

/** A file could not be fetched. {@code retryable} when another attempt later may succeed. */
public class MediaFailure extends RuntimeException {

    private final boolean retryable;
    private final boolean tooLarge;

    private MediaFailure(String message, boolean retryable, boolean tooLarge, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
        this.tooLarge = tooLarge;
    }

    public static MediaFailure retryable(String message, Throwable cause) {
        return new MediaFailure(message, true, false, cause);
    }

    public static MediaFailure permanent(String message) {
        return new MediaFailure(message, false, false, null);
    }

    public static MediaFailure tooLarge(String message) {
        return new MediaFailure(message, false, true, null);
    }

    public boolean retryable() {
        return retryable;
    }

    public boolean tooLarge() {
        return tooLarge;
    }
}
