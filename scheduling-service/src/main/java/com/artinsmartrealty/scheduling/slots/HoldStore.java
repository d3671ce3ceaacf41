package com.artinsmartrealty.scheduling.slots;

import com.artinsmartrealty.scheduling.time.Interval;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Slots held for a chat. A hold counts until it expires; expired holds are ignored everywhere and
 * removed when the tenant next makes an offer. Every method runs inside the caller's tenant transaction.
 */
@Component
public class HoldStore {

    private final DatabaseClient database;

    HoldStore(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Serialises offers within one tenant until the transaction ends, so two chats asking at once are
     * never offered the same slot.
     */
    public Mono<Void> lockOffers(UUID tenantId) {
        return database.sql("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(0, "scheduling-offers:" + tenantId)
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> deleteExpired(UUID tenantId, Instant now) {
        return database.sql("delete from slot_holds where tenant_id = $1 and expires_at <= $2")
                .bind(0, tenantId).bind(1, now)
                .fetch().rowsUpdated().then();
    }

    /** Lets go of everything {@code holder} holds. */
    public Mono<Void> release(UUID tenantId, String holder) {
        return database.sql("delete from slot_holds where tenant_id = $1 and holder = $2")
                .bind(0, tenantId).bind(1, holder)
                .fetch().rowsUpdated().then();
    }

    public Mono<Void> hold(UUID tenantId, String holder, List<Slot> slots, Instant expiresAt) {
        return Flux.fromIterable(slots).concatMap(slot -> database.sql("""
                                insert into slot_holds (tenant_id, agent_id, starts_at, ends_at, holder, expires_at)
                                values ($1, $2, $3, $4, $5, $6)""")
                        .bind(0, tenantId)
                        .bind(1, slot.agentId())
                        .bind(2, slot.time().start())
                        .bind(3, slot.time().end())
                        .bind(4, holder)
                        .bind(5, expiresAt)
                        .fetch().rowsUpdated())
                .then();
    }

    /** Unexpired holds of the agents overlapping {@code range}, except those of {@code exceptHolder}. */
    public Flux<Hold> active(UUID tenantId, Collection<UUID> agentIds, Interval range, Instant now,
                             String exceptHolder) {
        return database.sql("""
                        select agent_id, starts_at, ends_at from slot_holds
                        where tenant_id = $1 and agent_id = any($2) and expires_at > $3
                          and starts_at < $5 and ends_at > $4 and holder <> $6""")
                .bind(0, tenantId)
                .bind(1, agentIds.toArray(UUID[]::new))
                .bind(2, now)
                .bind(3, range.start())
                .bind(4, range.end())
                .bind(5, exceptHolder == null ? "" : exceptHolder)
                .map(row -> new Hold(row.get("agent_id", UUID.class),
                        new Interval(row.get("starts_at", Instant.class), row.get("ends_at", Instant.class))))
                .all();
    }

    /** A slot held for a chat. */
    public record Hold(UUID agentId, Interval time) {
    }
}
