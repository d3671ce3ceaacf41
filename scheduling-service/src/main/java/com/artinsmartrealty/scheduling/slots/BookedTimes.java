package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Instant;
import java.util.Collection;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/** Live appointments as busy time, for finding slots. Runs inside the caller's tenant transaction. */
@Component
public class BookedTimes {

    private final DatabaseClient database;

    BookedTimes(DatabaseClient database) {
        this.database = database;
    }

    /** Each agent's live appointments whose busy time touches {@code range}. */
    public Flux<AgentBooking> of(UUID tenantId, Collection<UUID> agentIds, Interval range) {
        return database.sql("""
                        select agent_id, starts_at, busy_until from appointments
                        where tenant_id = $1 and agent_id = any($2) and status <> 'CANCELLED'
                          and starts_at < $4 and busy_until > $3""")
                .bind(0, tenantId)
                .bind(1, agentIds.toArray(UUID[]::new))
                .bind(2, range.start())
                .bind(3, range.end())
                .map(row -> new AgentBooking(row.get("agent_id", UUID.class),
                        new BookedTime(row.get("starts_at", Instant.class), row.get("busy_until", Instant.class))))
                .all();
    }

    /** One agent's booked time. */
    public record AgentBooking(UUID agentId, BookedTime time) {
    }
}
