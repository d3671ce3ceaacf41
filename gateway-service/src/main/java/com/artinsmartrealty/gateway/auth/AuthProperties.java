package com.artinsmartrealty.gateway.auth;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Sign-in settings. Access tokens live {@code platform.security.jwt.access-token-ttl}.
 *
 * @param refreshTokenTtl       how long a refresh token (and so a session without activity) lives
 * @param bcryptStrength        bcrypt's log2 cost for new password hashes
 * @param failuresPerAccount    failed logins for one e-mail address within {@code failureWindow} before
 *                              further attempts are refused
 * @param attemptsPerAddress    login attempts from one client address within {@code failureWindow}
 * @param failureWindow         the window both counts run over
 */
@ConfigurationProperties("gateway.auth")
public record AuthProperties(Duration refreshTokenTtl, int bcryptStrength, int failuresPerAccount,
                             int attemptsPerAddress, Duration failureWindow) {

    public AuthProperties {
        refreshTokenTtl = refreshTokenTtl == null ? Duration.ofDays(14) : refreshTokenTtl;
        bcryptStrength = bcryptStrength <= 0 ? 12 : bcryptStrength;
        failuresPerAccount = failuresPerAccount <= 0 ? 5 : failuresPerAccount;
        attemptsPerAddress = attemptsPerAddress <= 0 ? 30 : attemptsPerAddress;
        failureWindow = failureWindow == null ? Duration.ofMinutes(15) : failureWindow;
    }
}
