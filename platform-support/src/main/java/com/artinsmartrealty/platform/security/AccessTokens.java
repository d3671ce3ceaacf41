package com.artinsmartrealty.platform.security;

import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.security.Keys;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.UUID;
import javax.crypto.SecretKey;

/**
 * Issues and verifies the platform's signed tokens (HS256). A token carries {@code sub},
 * {@code tenant_id}, {@code role}, {@code iat} and {@code exp}; unsigned, tampered, expired or
 * foreign tokens are rejected.
 *
 * <p>jjwt finds its JSON reader and writer with a {@link java.util.ServiceLoader}, which reads jar files
 * the first time; the parser is built and one token written here, at start-up, so no request thread (an
 * event loop) ever does that I/O.
 */
public final class AccessTokens {

    static final String ISSUER = "artinsmartrealty";
    private static final int MIN_SECRET_BYTES = 32;

    private final SecretKey key;
    private final Clock clock;
    private final JwtParser parser;

    public AccessTokens(String secret, Clock clock) {
        if (secret == null || secret.getBytes(StandardCharsets.UTF_8).length < MIN_SECRET_BYTES) {
            throw new IllegalStateException(
                    "platform.security.jwt.secret (JWT_SECRET) must be set to at least 32 bytes");
        }
        this.key = Keys.hmacShaKeyFor(secret.getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(key)
                .requireIssuer(ISSUER)
                .clock(() -> Date.from(clock.instant()))
                .build();
        // jjwt finds its JSON codecs with a ServiceLoader scan of the class path on first use: done here,
        // at start, rather than inside the first request on an event-loop thread.
        verify(issue(new PlatformPrincipal("warm-up", null, Role.SUPER_ADMIN), Duration.ofMinutes(1)));
    }

    public String issue(PlatformPrincipal principal, Duration ttl) {
        Date now = Date.from(clock.instant());
        var builder = Jwts.builder()
                .issuer(ISSUER)
                .id(UUID.randomUUID().toString())
                .subject(principal.subject())
                .claim("role", principal.role().claim())
                .issuedAt(now)
                .expiration(Date.from(clock.instant().plus(ttl)));
        if (principal.tenantId() != null) {
            builder.claim("tenant_id", principal.tenantId().toString());
        }
        return builder.signWith(key, Jwts.SIG.HS256).compact();
    }

    /** The principal of a valid token; {@link InvalidTokenException} for anything else. */
    public PlatformPrincipal verify(String token) {
        try {
            Claims claims = parser.parseSignedClaims(token).getPayload();
            String tenant = claims.get("tenant_id", String.class);
            return new PlatformPrincipal(claims.getSubject(), tenant == null ? null : UUID.fromString(tenant),
                    Role.fromClaim(claims.get("role", String.class)));
        } catch (JwtException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidTokenException(e);
        }
    }

    /** A token that is not one of ours, or no longer valid. The cause is kept for debugging only. */
    public static final class InvalidTokenException extends RuntimeException {
        InvalidTokenException(Throwable cause) {
            super("invalid token", cause);
        }
    }
}
