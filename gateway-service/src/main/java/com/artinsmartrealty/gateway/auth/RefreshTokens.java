package com.artinsmartrealty.gateway.auth;

import com.artinsmartrealty.gateway.secrets.RandomBytes;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;

/**
 * Opaque, rotating refresh tokens. The client holds 32 random bytes; the database holds their
 * SHA-256 only. Every refresh replaces the token with a new one of the same family; presenting a
 * token that was already replaced means it leaked (or was stolen), so the whole family is revoked
 * and its holder must sign in again.
 */
@Component
public class RefreshTokens {

    private static final int TOKEN_BYTES = 32;

    private final DatabaseClient database;
    private final TransactionalOperator transactions;
    private final AuthProperties properties;
    private final Clock clock;
    private final SecureRandom random = RandomBytes.seeded();

    RefreshTokens(DatabaseClient database, TransactionalOperator transactions, AuthProperties properties,
                  Clock clock) {
        this.database = database;
        this.transactions = transactions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A new token starting a new family (a new sign-in). */
    Mono<String> issue(UUID userId) {
        return issue(userId, UUID.randomUUID());
    }

    /**
     * Replaces {@code token} with a new one. A token that is unknown, expired or revoked is rejected;
     * one that was already replaced is rejected and its family revoked.
     */
    Mono<Rotation> rotate(String token) {
        byte[] hash = hash(token);
        Mono<Rotation> rotation = database.sql("update refresh_tokens set rotated_at = $2 where token_hash = $1 "
                        + "and rotated_at is null and revoked_at is null and expires_at > $2 "
                        + "returning user_id, family_id")
                .bind(0, hash)
                .bind(1, now())
                .map(row -> new Family(row.get("user_id", UUID.class), row.get("family_id", UUID.class)))
                .one()
                .flatMap(family -> issue(family.userId(), family.familyId())
                        .map(next -> (Rotation) new Rotation.Rotated(family.userId(), family.familyId(), next)))
                .switchIfEmpty(Mono.defer(() -> rejected(hash)));
        return transactions.transactional(rotation);
    }

    /** Revokes the family of {@code token} (sign-out); unknown tokens are ignored. */
    Mono<Void> revokeFamilyOf(String token) {
        return database.sql("update refresh_tokens set revoked_at = $2 where revoked_at is null and family_id = "
                        + "(select family_id from refresh_tokens where token_hash = $1)")
                .bind(0, hash(token))
                .bind(1, now())
                .fetch().rowsUpdated()
                .then();
    }

    Mono<Void> revokeFamily(UUID familyId) {
        return database.sql("update refresh_tokens set revoked_at = $2 where family_id = $1 and revoked_at is null")
                .bind(0, familyId)
                .bind(1, now())
                .fetch().rowsUpdated()
                .then();
    }

    /** Signs a user out everywhere (deactivated, or the password changed). */
    public Mono<Void> revokeUser(UUID userId) {
        return database.sql("update refresh_tokens set revoked_at = $2 where user_id = $1 and revoked_at is null")
                .bind(0, userId)
                .bind(1, now())
                .fetch().rowsUpdated()
                .then();
    }

    /** Deletes tokens that expired long enough ago that nobody can present them for reuse detection. */
    Mono<Long> forgetExpired() {
        return database.sql("delete from refresh_tokens where expires_at < $1")
                .bind(0, now().minus(properties.refreshTokenTtl()))
                .fetch().rowsUpdated();
    }

    private Mono<String> issue(UUID userId, UUID familyId) {
        byte[] secret = new byte[TOKEN_BYTES];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        OffsetDateTime now = now();
        return database.sql("insert into refresh_tokens (token_hash, family_id, user_id, issued_at, expires_at) "
                        + "values ($1, $2, $3, $4, $5)")
                .bind(0, hash(token))
                .bind(1, familyId)
                .bind(2, userId)
                .bind(3, now)
                .bind(4, now.plus(properties.refreshTokenTtl()))
                .fetch().rowsUpdated()
                .thenReturn(token);
    }

    private Mono<Rotation> rejected(byte[] hash) {
        return database.sql("select family_id, rotated_at is not null and revoked_at is null as reused "
                        + "from refresh_tokens where token_hash = $1")
                .bind(0, hash)
                .map(row -> new Reuse(row.get("family_id", UUID.class), Boolean.TRUE.equals(row.get("reused",
                        Boolean.class))))
                .one()
                .flatMap(reuse -> reuse.reused()
                        ? revokeFamily(reuse.familyId()).thenReturn((Rotation) new Rotation.Rejected(true))
                        : Mono.<Rotation>just(new Rotation.Rejected(false)))
                .defaultIfEmpty(new Rotation.Rejected(false));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static byte[] hash(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(
                    (token == null ? "" : token).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The outcome of presenting a refresh token. */
    sealed interface Rotation {

        /** Accepted: the new token of the same family. */
        record Rotated(UUID userId, UUID familyId, String token) implements Rotation {
            @Override
            public String toString() {
                return "Rotated[userId=" + userId + "]";
            }
        }

        /** Refused; {@code reuse} when it had been replaced already and its family is now revoked. */
        record Rejected(boolean reuse) implements Rotation {
        }
    }

    private record Family(UUID userId, UUID familyId) {
    }

    private record Reuse(UUID familyId, boolean reused) {
    }
}
