package com.artinsmartrealty.conversation.remote;

import com.artinsmartrealty.platform.security.JwtProperties;
import com.artinsmartrealty.platform.security.ServiceCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Service tokens for calls to other services, one per tenant, reused for half their lifetime instead
 * of being signed for every call.
 */
@Component
class ServiceTokens {

    private final ServiceCredentials credentials;
    private final Clock clock;
    private final Duration reuseFor;
    private final Map<UUID, Issued> issued = new ConcurrentHashMap<>();

    ServiceTokens(ServiceCredentials credentials, JwtProperties jwt, Clock clock) {
        this.credentials = credentials;
        this.clock = clock;
        this.reuseFor = jwt.serviceTokenTtl().dividedBy(2);
    }

    String bearer(UUID tenantId) {
        Instant now = clock.instant();
        Issued current = issued.get(tenantId);
        if (current == null || !now.isBefore(current.reuseUntil())) {
            current = new Issued(credentials.bearerTokenFor(tenantId), now.plus(reuseFor));
            issued.put(tenantId, current);
        }
        return "Bearer " + current.token();
    }

    private record Issued(String token, Instant reuseUntil) {
    }
}
