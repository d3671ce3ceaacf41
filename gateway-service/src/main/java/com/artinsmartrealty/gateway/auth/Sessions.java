package com.artinsmartrealty.gateway.auth;

import com.artinsmartrealty.platform.security.AccessTokens;
import com.artinsmartrealty.platform.security.JwtProperties;
import com.artinsmartrealty.platform.security.PlatformPrincipal;
import com.artinsmartrealty.platform.security.Role;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Mono;

/**
 * Sign-in, refresh and sign-out. Wrong e-mail and wrong password get the same answer after the
 * same work; an inactive account or a suspended agency cannot sign in or refresh.
 */
@Component
class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final String WRONG_CREDENTIALS = "e-mail or password is wrong";

    private final DatabaseClient database;
    private final PasswordHasher passwords;
    private final RefreshTokens refreshTokens;
    private final LoginThrottle throttle;
    private final AccessTokens accessTokens;
    private final JwtProperties jwt;

    Sessions(DatabaseClient database, PasswordHasher passwords, RefreshTokens refreshTokens, LoginThrottle throttle,
             AccessTokens accessTokens, JwtProperties jwt) {
        this.database = database;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.throttle = throttle;
        this.accessTokens = accessTokens;
        this.jwt = jwt;
    }

    Mono<TokenPair> login(String email, String password, String clientAddress) {
        return throttle.admit(email, clientAddress)
                .then(account(email).map(java.util.Optional::of).defaultIfEmpty(java.util.Optional.empty()))
                .flatMap(found -> passwords.matches(password, found.map(Account::passwordHash).orElse(null))
                        .flatMap(matches -> {
                            if (!matches || found.isEmpty() || !found.get().active()) {
                                log.info("Login refused");
                                return throttle.failed(email).then(Mono.error(unauthorized(WRONG_CREDENTIALS)));
                            }
                            Account account = found.get();
                            if (account.suspended()) {
                                return Mono.error(new ResponseStatusException(HttpStatus.FORBIDDEN,
                                        "this agency's account is suspended"));
                            }
                            return throttle.succeeded(email).then(issue(account.principal(),
                                    refreshTokens.issue(account.id())));
                        }));
    }

    Mono<TokenPair> refresh(String token) {
        return refreshTokens.rotate(token).flatMap(rotation -> switch (rotation) {
            case RefreshTokens.Rotation.Rejected rejected -> {
                if (rejected.reuse()) {
                    log.warn("A replaced refresh token was presented again; its session was revoked");
                }
                yield Mono.error(unauthorized("refresh token is not valid"));
            }
            case RefreshTokens.Rotation.Rotated rotated -> sessionAccount(rotated.userId())
                    .filter(account -> account.active() && !account.suspended())
                    .switchIfEmpty(Mono.defer(() -> refreshTokens.revokeFamily(rotated.familyId())
                            .then(Mono.error(unauthorized("this account can no longer sign in")))))
                    .flatMap(account -> issue(account.principal(), Mono.just(rotated.token())));
        });
    }

    Mono<Void> logout(String token) {
        return refreshTokens.revokeFamilyOf(token);
    }

    private Mono<TokenPair> issue(PlatformPrincipal principal, Mono<String> refreshToken) {
        return refreshToken.map(refresh -> new TokenPair(accessTokens.issue(principal, jwt.accessTokenTtl()), refresh,
                jwt.accessTokenTtl().toSeconds()));
    }

    private Mono<Account> account(String email) {
        return database.sql("select id, tenant_id, password_hash, role, active, tenant_status from login_account($1)")
                .bind(0, email.strip())
                .map(row -> new Account(row.get("id", UUID.class), row.get("tenant_id", UUID.class),
                        row.get("password_hash", String.class), Role.fromClaim(row.get("role", String.class)),
                        Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("tenant_status", String.class)))
                .one();
    }

    private Mono<Account> sessionAccount(UUID userId) {
        return database.sql("select id, tenant_id, role, active, tenant_status from session_account($1)")
                .bind(0, userId)
                .map(row -> new Account(row.get("id", UUID.class), row.get("tenant_id", UUID.class), null,
                        Role.fromClaim(row.get("role", String.class)),
                        Boolean.TRUE.equals(row.get("active", Boolean.class)), row.get("tenant_status", String.class)))
                .one();
    }

    private static ResponseStatusException unauthorized(String detail) {
        return new ResponseStatusException(HttpStatus.UNAUTHORIZED, detail);
    }

    private record Account(UUID id, UUID tenantId, String passwordHash, Role role, boolean active,
                           String tenantStatus) {

        boolean suspended() {
            return tenantId != null && !"active".equals(tenantStatus);
        }

        PlatformPrincipal principal() {
            return new PlatformPrincipal(id.toString(), tenantId, role);
        }

        @Override
        public String toString() {
            return "Account[id=" + id + "]";
        }
    }
}
