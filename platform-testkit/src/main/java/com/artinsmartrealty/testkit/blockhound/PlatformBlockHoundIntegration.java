package com.artinsmartrealty.testkit.blockhound;

import reactor.blockhound.BlockHound;
import reactor.blockhound.integration.BlockHoundIntegration;

/**
 * What BlockHound may let pass on event-loop threads in the platform's tests:
 * <ul>
 *   <li>random ids and multipart boundaries read {@code /dev/urandom}, which never blocks on Linux;</li>
 *   <li>Netty's adaptive buffer allocator briefly takes a lock of its own when two event loops grow or
 *       return a buffer magazine at once (large request bodies);</li>
 *   <li>Lettuce guards each command write with a lock held for nanoseconds, never across I/O.</li>
 * </ul>
 * Everything else blocking fails the test.
 */
public final class PlatformBlockHoundIntegration implements BlockHoundIntegration {

    @Override
    public void applyTo(BlockHound.Builder builder) {
        builder.allowBlockingCallsInside("java.util.UUID", "randomUUID");
        builder.allowBlockingCallsInside("org.springframework.util.MimeTypeUtils", "generateMultipartBoundary");
        builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$Magazine", "free");
        builder.allowBlockingCallsInside("io.netty.buffer.AdaptivePoolingAllocator$MagazineGroup",
                "tryExpandMagazines");
        for (String method : new String[] {"incrementWriters", "decrementWriters", "doExclusive",
            "lockWritersExclusive", "unlockWritersExclusive"}) {
            builder.allowBlockingCallsInside("io.lettuce.core.protocol.SharedLock", method);
        }
    }
}
