package com.artinsmartrealty.gateway.users;

import com.artinsmartrealty.contracts.AggregateKey;
import com.artinsmartrealty.contracts.EventEnvelope;
import com.artinsmartrealty.contracts.tenant.UserUpserted;
import com.artinsmartrealty.gateway.auth.PasswordHasher;
import com.artinsmartrealty.gateway.auth.RefreshTokens;
import com.artinsmartrealty.gateway.outbox.Outbox;
import com.artinsmartrealty.gateway.web.Cursor;
import com.artinsmartrealty.platform.security.Role;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * An agency's users. Every change is stored with its {@code UserUpserted} event in one transaction
 * (the outbox), so services that keep agent rosters never miss one. Deactivating a user or changing
 * their password signs them out everywhere.
 */
@Component
public class Users {

    private final TenantTransactions tenants;
    private final UserStore store;
    private final PasswordHasher passwords;
    private final RefreshTokens refreshTokens;
    private final Outbox outbox;
    private final Clock clock;

    Users(TenantTransactions tenants, UserStore store, PasswordHasher passwords, RefreshTokens refreshTokens,
          Outbox outbox, Clock clock) {
        this.tenants = tenants;
        this.store = store;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.outbox = outbox;
        this.clock = clock;
    }

    public Mono<User> create(UUID tenantId, NewUser user) {
        return Mono.defer(() -> {
                    String email = user.normalizedEmail();
                    String name = user.checkedDisplayName();
                    Role role = user.agencyRole();
                    return passwords.hash(user.checkedPassword())
                            .flatMap(hash -> tenants.inTenant(tenantId, insertWithEvent(tenantId, email, hash, role,
                                    name)));
                })
                .doOnSuccess(created -> outbox.committed());
    }

    /**
     * Inserts a user and its event inside the caller's transaction, which must have the tenant set;
     * the caller calls {@link Outbox#committed()} after the commit.
     */
    public Mono<User> insertWithEvent(UUID tenantId, String email, String passwordHash, Role role, String name) {
        return store.insert(tenantId, email, passwordHash, role, name).flatMap(this::recordUpserted);
    }

    /** As {@link #insertWithEvent}, with a chosen id (the demo agency's fixed ones). */
    public Mono<User> insertWithEventAs(UUID id, UUID tenantId, String email, String passwordHash, Role role,
                                        String name) {
        return store.insert(id, tenantId, email, passwordHash, role, name).flatMap(this::recordUpserted);
    }

    public Mono<User> find(UUID tenantId, UUID userId) {
        return tenants.inTenant(tenantId, store.find(userId));
    }

    public Flux<User> list(UUID tenantId, Cursor after, int limit) {
        return tenants.inTenant(tenantId, store.list(after, limit));
    }

    /** Applies {@code changes}; {@code actorId} may not deactivate or demote themselves. */
    Mono<User> update(UUID tenantId, UUID userId, UUID actorId, UserChanges changes) {
        return Mono.defer(() -> {
            String name = changes.displayName() == null ? null : displayName(changes.displayName());
            Role role = changes.role() == null ? null : agencyRole(changes.role());
            if (userId.equals(actorId) && (Boolean.FALSE.equals(changes.active())
                    || (role != null && role != Role.TENANT_ADMIN))) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "you cannot deactivate or demote yourself");
            }
            Mono<String> hash = changes.password() == null ? Mono.just("")
                    : passwords.hash(PasswordPolicy.checked(changes.password()));
            return hash.flatMap(newHash -> tenants.inTenant(tenantId, store.update(userId, name, role,
                            changes.active(), newHash.isEmpty() ? null : newHash)
                    .flatMap(updated -> {
                        boolean signOut = !updated.active() || !newHash.isEmpty();
                        return (signOut ? refreshTokens.revokeUser(userId) : Mono.<Void>empty())
                                .then(recordUpserted(updated));
                    })));
        }).doOnSuccess(updated -> outbox.committed());
    }

    private Mono<User> recordUpserted(User user) {
        UUID eventId = UUID.randomUUID();
        EventEnvelope envelope = EventEnvelope.of(eventId, user.tenantId(), clock.instant(), eventId.toString(), null,
                new UserUpserted(user.id(), user.role().claim(), user.displayName(), user.active()));
        return outbox.append(new AggregateKey(user.tenantId(), user.id()).value(), envelope).thenReturn(user);
    }

    static String displayName(String value) {
        String name = value == null ? "" : value.strip();
        if (name.isEmpty() || name.length() > 120) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "displayName must have 1-120 characters");
        }
        return name;
    }

    static Role agencyRole(String claim) {
        if (Role.TENANT_ADMIN.claim().equals(claim)) {
            return Role.TENANT_ADMIN;
        }
        if (Role.AGENT.claim().equals(claim)) {
            return Role.AGENT;
        }
        throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "role must be tenant_admin or agent");
    }
}
