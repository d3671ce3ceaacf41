package com.artinsmartrealty.gateway.telegram;

/** The Bot API answered {@code ok: false}. */
public class TelegramApiException extends RuntimeException {

    private final int errorCode;
    private final Integer retryAfterSeconds;

    public TelegramApiException(String method, int errorCode, String description, Integer retryAfterSeconds) {
        super(method + " failed with " + errorCode + ": " + description);
        this.errorCode = errorCode;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public int errorCode() {
        return errorCode;
    }

    /** Seconds Telegram asks us to wait (429), or null. */
    public Integer retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
