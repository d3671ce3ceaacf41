package com.artinsmartrealty.testkit.blockhound;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on event-loop threads in the platform's tests: random ids read
 * {@code /dev/urandom}, which never blocks on Linux; Lettuce guards each command write with a lock
 * held for nanoseconds, never across I/O; a multipart boundary is random bytes from {@code /dev/urandom}
 * too. Everything else blocking fails the test.
 */
public final class PlatformBlockHoundIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
        for (String method : new String[] {"incrementWriters", "decrementWriters", "doExclusive",
            "lockWritersExclusive", "unlockWritersExclusive"}) {
            builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", method);
        }
        builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
    }
}
