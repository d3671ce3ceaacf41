package com.artinsmartrealty.platform.messaging;

/** A failure that another attempt cannot fix: the record goes straight to the dead-letter topic. */
public class NonRetryableException extends RuntimeException {

    public NonRetryableException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public NonRetryableException(String reason) {
        super(reason);
    }
}
