package com.artinsmartrealty.lead.agents;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The tenant's agents and administrators, as the gateway announces them. Every method runs in the
 * caller's tenant transaction.
 */
@Component
public class AgentRoster {

    private final DatabaseClient database;

    AgentRoster(DatabaseClient database) {
        this.database = database;
    }

    /** Records a user as of {@code at}; an announcement older than the one kept changes nothing. */
    public Mono<Void> upsert(UUID tenantId, Agent agent, Instant at) {
        return database.sql("""
                        insert into agents (tenant_id, user_id, display_name, role, active, updated_at)
                        values ($1, $2, $3, $4, $5, $6)
                        on conflict (tenant_id, user_id) do update set
                            display_name = excluded.display_name, role = excluded.role, active = excluded.active,
                            updated_at = excluded.updated_at
                        where agents.updated_at <= excluded.updated_at""")
                .bind(0, tenantId)
                .bind(1, agent.userId())
                .bind(2, agent.displayName())
                .bind(3, agent.role())
                .bind(4, agent.active())
                .bind(5, at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    public Mono<List<Agent>> all() {
        return database.sql("select user_id, display_name, role, active from agents order by user_id")
                .map(row -> new Agent(row.get("user_id", UUID.class), row.get("display_name", String.class),
                        row.get("role", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
                .all()
                .collectList();
    }

    public Mono<Agent> find(UUID userId) {
        return database.sql("select user_id, display_name, role, active from agents where user_id = $1")
                .bind(0, userId)
                .map(row -> new Agent(row.get("user_id", UUID.class), row.get("display_name", String.class),
                        row.get("role", String.class), Boolean.TRUE.equals(row.get("active", Boolean.class))))
                .one();
    }

    /** Open leads per assigned agent. */
    public Mono<Map<UUID, Long>> openLeads() {
        return database.sql("""
                        select assigned_agent_id, count(*) as n from leads
                        where assigned_agent_id is not null
                          and status not in ('CLOSED_WON', 'CLOSED_LOST') and erased_at is null
                        group by assigned_agent_id""")
                .map(row -> Map.entry(row.get("assigned_agent_id", UUID.class), row.get("n", Long.class)))
                .all()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }
}
