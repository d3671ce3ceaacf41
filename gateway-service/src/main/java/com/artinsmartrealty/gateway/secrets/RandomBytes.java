package com.artinsmartrealty.gateway.secrets;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * A cryptographically strong generator that never touches the file system once created: the JDK's
 * DRBG, seeded here, at construction. The default generator reads {@code /dev/urandom} on every
 * call, which is a blocking read on an event-loop thread.
 */
public final class RandomBytes {

    private RandomBytes() {
    }

    public static SecureRandom seeded() {
        try {
            SecureRandom random = SecureRandom.getInstance("DRBG");
            random.nextBytes(new byte[1]);
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no DRBG", e);
        }
    }
}
