package com.artinsmartrealty.contracts;

/** A record that is not a valid envelope of a known type; the reason is safe to log and dead-letter. */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason, Throwable cause) {
        super(reason, cause);
    }

    public MalformedEventException(String reason) {
        super(reason);
    }
}
