package com.artinsmartrealty.platform.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token settings shared by every service.
 *
 * @param secret          the HMAC-SHA256 key, at least 32 bytes, from {@code JWT_SECRET}
 * @param accessTokenTtl  how long an access token lives
 * @param serviceTokenTtl how long a token one service mints for a call to another lives
 */
@ConfigurationProperties("platform.security.jwt")
public record JwtProperties(String secret, Duration accessTokenTtl, Duration serviceTokenTtl) {

    public JwtProperties {
        accessTokenTtl = accessTokenTtl == null ? Duration.ofMinutes(15) : accessTokenTtl;
        serviceTokenTtl = serviceTokenTtl == null ? Duration.ofMinutes(2) : serviceTokenTtl;
    }
}
