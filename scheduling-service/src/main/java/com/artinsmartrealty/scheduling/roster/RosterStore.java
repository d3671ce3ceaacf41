package com.artinsmartrealty.scheduling.roster;

import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The tenant's agents. Every method runs inside the caller's tenant transaction. */
@Component
public class RosterStore {

    private static final String COLUMNS = "id, display_name, role, active, daily_limit";

    private final DatabaseClient database;

    RosterStore(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Records a user as announced at {@code changedAt}; an announcement older than the one stored is
     * ignored, so redelivered or reordered events never undo a newer change.
     */
    public Mono<Void> upsert(UUID tenantId, UUID userId, String displayName, String role, boolean active,
                             Instant changedAt) {
        return database.sql("""
                        insert into agents (tenant_id, id, display_name, role, active, changed_at)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (tenant_id, id) do update set
                            display_name = excluded.display_name, role = excluded.role,
                            active = excluded.active, changed_at = excluded.changed_at
                        where agents.changed_at <= excluded.changed_at""")
                .bind(0, tenantId)
                .bind(1, userId)
                .bind(2, displayName)
                .bind(3, role)
                .bind(4, active)
                .bind(5, changedAt)
                .fetch().rowsUpdated().then();
    }

    public Mono<Agent> agent(UUID tenantId, UUID agentId) {
        return database.sql("select " + COLUMNS + " from agents where tenant_id = $1 and id = $2")
                .bind(0, tenantId)
                .bind(1, agentId)
                .map(RosterStore::agent)
                .one();
    }

    /** Every user the tenant has, agents and admins, active or not, by name. */
    public Flux<Agent> all(UUID tenantId) {
        return database.sql("select " + COLUMNS + " from agents where tenant_id = $1 order by display_name, id")
                .bind(0, tenantId)
                .map(RosterStore::agent)
                .all();
    }

    /** Agents who take viewings, by name. */
    public Flux<Agent> bookable(UUID tenantId) {
        return all(tenantId).filter(Agent::bookable);
    }

    private static Agent agent(Readable row) {
        return new Agent(row.get("id", UUID.class), row.get("display_name", String.class),
                row.get("role", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class)),
                row.get("daily_limit", Integer.class));
    }
}
