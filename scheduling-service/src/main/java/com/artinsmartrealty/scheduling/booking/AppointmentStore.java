package com.artinsmartrealty.scheduling.booking;

import com.artinsmartrealty.scheduling.time.Interval;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Appointments in PostgreSQL. Every method runs inside the caller's tenant transaction. */
@Component
public class AppointmentStore {

    private static final String COLUMNS = """
            id, tenant_id, agent_id, lead_id, starts_at, ends_at, busy_until, time_zone, status, status_reason,
            idempotency_key, booked_start, channel, chat_id, language, sequence, created_at, updated_at""";

    private final DatabaseClient database;

    AppointmentStore(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Appointment> byId(UUID tenantId, UUID id) {
        return database.sql("select " + COLUMNS + " from appointments where tenant_id = $1 and id = $2")
                .bind(0, tenantId).bind(1, id)
                .map(AppointmentStore::appointment)
                .one();
    }

    /** The appointment, locked until the transaction ends: commands on one appointment run one at a time. */
    public Mono<Appointment> lock(UUID tenantId, UUID id) {
        return database.sql("select " + COLUMNS + " from appointments where tenant_id = $1 and id = $2 for update")
                .bind(0, tenantId).bind(1, id)
                .map(AppointmentStore::appointment)
                .one();
    }

    public Mono<Appointment> byIdempotencyKey(UUID tenantId, String key) {
        return database.sql("select " + COLUMNS + " from appointments where tenant_id = $1 and idempotency_key = $2")
                .bind(0, tenantId).bind(1, key)
                .map(AppointmentStore::appointment)
                .one();
    }

    /** True when a live appointment of the agent, other than {@code except}, keeps it busy within {@code blocked}. */
    public Mono<Boolean> clashes(UUID tenantId, UUID agentId, Interval blocked, UUID except) {
        return database.sql("""
                        select exists (select 1 from appointments
                            where tenant_id = $1 and agent_id = $2 and status <> 'CANCELLED' and id <> $5
                              and starts_at < $4 and busy_until > $3) as clash""")
                .bind(0, tenantId)
                .bind(1, agentId)
                .bind(2, blocked.start())
                .bind(3, blocked.end())
                .bind(4, except == null ? new UUID(0, 0) : except)
                .map(row -> Boolean.TRUE.equals(row.get("clash", Boolean.class)))
                .one();
    }

    /**
     * Serialises bookings of one agent on one local day until the transaction ends, so the daily limit
     * holds even when bookings for different times of that day arrive at once.
     */
    public Mono<Void> lockAgentDay(UUID tenantId, UUID agentId, LocalDate day) {
        return database.sql("select pg_advisory_xact_lock(hashtextextended($1, 0))")
                .bind(0, "scheduling-day:" + tenantId + ":" + agentId + ":" + day)
                .fetch().rowsUpdated().then();
    }

    /** Live appointments of the agent starting within {@code day}. */
    public Mono<Long> liveCount(UUID tenantId, UUID agentId, Interval day) {
        return database.sql("""
                        select count(*) as live from appointments
                        where tenant_id = $1 and agent_id = $2 and status <> 'CANCELLED'
                          and starts_at >= $3 and starts_at < $4""")
                .bind(0, tenantId)
                .bind(1, agentId)
                .bind(2, day.start())
                .bind(3, day.end())
                .map(row -> row.get("live", Long.class))
                .one();
    }

    public Mono<Void> insert(Appointment appointment) {
        var insert = database.sql("""
                        insert into appointments (id, tenant_id, agent_id, lead_id, starts_at, ends_at, busy_until,
                            time_zone, status, status_reason, idempotency_key, booked_start, channel, chat_id, language,
                            sequence, created_at, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)""")
                .bind(0, appointment.id())
                .bind(1, appointment.tenantId())
                .bind(2, appointment.agentId())
                .bind(3, appointment.leadId())
                .bind(4, appointment.time().start())
                .bind(5, appointment.time().end())
                .bind(6, appointment.busyUntil())
                .bind(7, appointment.zone().getId())
                .bind(8, appointment.status().name())
                .bind(10, appointment.idempotencyKey())
                .bind(11, appointment.bookedStart())
                .bind(14, appointment.language())
                .bind(15, appointment.sequence())
                .bind(16, appointment.createdAt())
                .bind(17, appointment.updatedAt());
        insert = nullable(insert, 9, appointment.statusReason());
        insert = nullable(insert, 12, appointment.chat() == null ? null : appointment.chat().channel());
        insert = nullable(insert, 13, appointment.chat() == null ? null : appointment.chat().chatId());
        return insert.fetch().rowsUpdated().then();
    }

    /** Stores the appointment's time, status and revision after a command. */
    public Mono<Void> update(Appointment appointment) {
        var update = database.sql("""
                        update appointments set starts_at = $3, ends_at = $4, busy_until = $5, status = $6,
                            status_reason = $7, sequence = $8, updated_at = $9
                        where tenant_id = $1 and id = $2""")
                .bind(0, appointment.tenantId())
                .bind(1, appointment.id())
                .bind(2, appointment.time().start())
                .bind(3, appointment.time().end())
                .bind(4, appointment.busyUntil())
                .bind(5, appointment.status().name())
                .bind(7, appointment.sequence())
                .bind(8, appointment.updatedAt());
        return nullable(update, 6, appointment.statusReason()).fetch().rowsUpdated().then();
    }

    /**
     * Appointments starting within {@code range}, by start, after {@code after} when paging.
     *
     * @param agentId only this agent's, or null for all
     * @param status  only with this status, or null for all
     */
    public Flux<Appointment> list(UUID tenantId, Interval range, UUID agentId, AppointmentStatus status,
                                  ListCursor after, int limit) {
        StringBuilder sql = new StringBuilder("select " + COLUMNS
                + " from appointments where tenant_id = $1 and starts_at >= $2 and starts_at < $3");
        List<Object> values = new ArrayList<>(List.of(tenantId, range.start(), range.end()));
        if (agentId != null) {
            values.add(agentId);
            sql.append(" and agent_id = $").append(values.size());
        }
        if (status != null) {
            values.add(status.name());
            sql.append(" and status = $").append(values.size());
        }
        if (after != null) {
            values.add(after.start());
            values.add(after.id());
            sql.append(" and (starts_at, id) > ($").append(values.size() - 1).append(", $").append(values.size())
                    .append(")");
        }
        values.add(limit);
        sql.append(" order by starts_at, id limit $").append(values.size());
        var spec = database.sql(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            spec = spec.bind(i, values.get(i));
        }
        return spec.map(AppointmentStore::appointment).all();
    }

    private static DatabaseClient.GenericExecuteSpec nullable(DatabaseClient.GenericExecuteSpec spec, int index,
                                                              String value) {
        return value == null ? spec.bindNull(index, String.class) : spec.bind(index, value);
    }

    private static Appointment appointment(Readable row) {
        String channel = row.get("channel", String.class);
        return new Appointment(
                row.get("id", UUID.class),
                row.get("tenant_id", UUID.class),
                row.get("agent_id", UUID.class),
                row.get("lead_id", UUID.class),
                new Interval(row.get("starts_at", Instant.class), row.get("ends_at", Instant.class)),
                row.get("busy_until", Instant.class),
                ZoneId.of(row.get("time_zone", String.class)),
                AppointmentStatus.valueOf(row.get("status", String.class)),
                row.get("status_reason", String.class),
                row.get("idempotency_key", String.class),
                row.get("booked_start", Instant.class),
                channel == null ? null : new LeadChat(channel, row.get("chat_id", String.class)),
                row.get("language", String.class),
                row.get("sequence", Integer.class),
                row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class));
    }
}
