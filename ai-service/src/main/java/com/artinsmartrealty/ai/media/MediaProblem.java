package com.artinsmartrealty.ai.media;

/** Why a voice note or photo could not be had. */
public final class MediaProblem extends RuntimeException {

    /** What went wrong, from the user's point of view. */
    public enum Reason {
        /** Larger than the service accepts. */
        TOO_LARGE,
        /** Not a format the service reads, or the bytes are not what the type says. */
        UNSUPPORTED,
        /** The reference points to nothing (expired, deleted). */
        NOT_FOUND,
        /** The reference belongs to another tenant. */
        FOREIGN,
        /** The media store did not answer in time; trying later may work. */
        UNAVAILABLE
    }

    private final Reason reason;

    public MediaProblem(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
