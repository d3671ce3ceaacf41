package com.artinsmartrealty.gateway.users;

import com.artinsmartrealty.gateway.web.Cursor;
import com.artinsmartrealty.platform.security.Role;
import io.r2dbc.spi.Readable;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The {@code users} table. Every method runs inside the caller's tenant transaction: row-level
 * security shows and accepts that tenant's users only.
 */
@Component
class UserStore {

    private static final String COLUMNS = "id, tenant_id, email, role, display_name, active, created_at, updated_at";

    private final DatabaseClient database;
    private final Clock clock;

    UserStore(DatabaseClient database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    Mono<User> insert(UUID tenantId, String email, String passwordHash, Role role, String displayName) {
        return insert(UUID.randomUUID(), tenantId, email, passwordHash, role, displayName);
    }

    Mono<User> insert(UUID id, UUID tenantId, String email, String passwordHash, Role role, String displayName) {
        OffsetDateTime now = now();
        return database.sql("insert into users (id, tenant_id, email, password_hash, role, display_name, created_at, "
                        + "updated_at) values ($1, $2, $3, $4, $5, $6, $7, $7) returning " + COLUMNS)
                .bind(0, id)
                .bind(1, tenantId)
                .bind(2, email)
                .bind(3, passwordHash)
                .bind(4, role.claim())
                .bind(5, displayName)
                .bind(6, now)
                .map(UserStore::user)
                .one()
                .onErrorMap(DataIntegrityViolationException.class,
                        e -> new ResponseStatusException(HttpStatus.CONFLICT, "a user with this e-mail exists"));
    }

    Mono<User> find(UUID id) {
        return database.sql("select " + COLUMNS + " from users where id = $1")
                .bind(0, id)
                .map(UserStore::user)
                .one();
    }

    Flux<User> list(Cursor after, int limit) {
        return database.sql("select " + COLUMNS + " from users where (created_at, id) > ($1, $2) "
                        + "order by created_at, id limit $3")
                .bind(0, after.createdAt().atOffset(ZoneOffset.UTC))
                .bind(1, after.id())
                .bind(2, limit)
                .map(UserStore::user)
                .all();
    }

    Mono<User> update(UUID id, String displayName, Role role, Boolean active, String passwordHash) {
        return database.sql("update users set display_name = coalesce($2, display_name), "
                        + "role = coalesce($3, role), active = coalesce($4, active), "
                        + "password_hash = coalesce($5, password_hash), updated_at = $6 where id = $1 returning "
                        + COLUMNS)
                .bind(0, id)
                .bind(1, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, displayName))
                .bind(2, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, role == null ? null : role.claim()))
                .bind(3, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.BOOLEAN, active))
                .bind(4, io.r2dbc.spi.Parameters.in(io.r2dbc.spi.R2dbcType.VARCHAR, passwordHash))
                .bind(5, now())
                .map(UserStore::user)
                .one();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }

    private static User user(Readable row) {
        return new User(row.get("id", UUID.class), row.get("tenant_id", UUID.class), row.get("email", String.class),
                Role.fromClaim(row.get("role", String.class)), row.get("display_name", String.class),
                Boolean.TRUE.equals(row.get("active", Boolean.class)),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }
}
