package com.artinsmartrealty.gateway.auth;

import com.artinsmartrealty.gateway.ratelimit.RateLimiter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Slows down password guessing, across gateway instances (Redis): an account is locked for the
 * rest of the window after {@code failuresPerAccount} failed logins, and one client address may try
 * {@code attemptsPerAddress} logins per window whatever the outcome. Keys hold a hash of the e-mail
 * address, never the address itself.
 */
@Component
class LoginThrottle {

    private final RateLimiter limiter;
    private final AuthProperties properties;

    LoginThrottle(RateLimiter limiter, AuthProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    /** Counts the attempt; fails with 429 when the address or the account is over its limit. */
    Mono<Void> admit(String email, String clientAddress) {
        return limiter.acquire(addressKey(clientAddress), properties.attemptsPerAddress(), properties.failureWindow())
                .then(limiter.peek(accountKey(email)))
                .flatMap(failures -> failures.count() >= properties.failuresPerAccount()
                        ? Mono.error(RateLimiter.tooMany(failures.resetIn()))
                        : Mono.empty());
    }

    Mono<Void> failed(String email) {
        return limiter.hit(accountKey(email), properties.failureWindow()).then();
    }

    Mono<Void> succeeded(String email) {
        return limiter.reset(accountKey(email));
    }

    private static String addressKey(String clientAddress) {
        return "gw:login:addr:" + clientAddress;
    }

    private static String accountKey(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(email.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            return "gw:login:acct:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
