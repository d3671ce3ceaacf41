package com.artinsmartrealty.scheduling.reminders;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reminders in PostgreSQL, so they survive restarts. {@link #due} looks across tenants (outside any
 * tenant transaction); everything else runs inside the caller's tenant transaction.
 */
@Component
public class ReminderStore {

    private final DatabaseClient database;

    ReminderStore(DatabaseClient database) {
        this.database = database;
    }

    /**
     * Plans a viewing's reminders afresh (after booking or moving it): unsent ones are dropped, the
     * planned ones stored, and a reminder already sent for the old time is due again for the new one.
     */
    public Mono<Void> schedule(UUID tenantId, UUID appointmentId, List<PlannedReminder> planned) {
        return cancelPending(tenantId, appointmentId).thenMany(Flux.fromIterable(planned)
                        .concatMap(reminder -> database.sql("""
                                        insert into reminders
                                            (tenant_id, appointment_id, minutes_before, due_at, message_id)
                                        values ($1, $2, $3, $4, $5)
                                        on conflict (appointment_id, minutes_before) do update set
                                            due_at = excluded.due_at, message_id = excluded.message_id,
                                            sent_at = null, outcome = null""")
                                .bind(0, tenantId)
                                .bind(1, appointmentId)
                                .bind(2, reminder.minutesBefore())
                                .bind(3, reminder.dueAt())
                                .bind(4, reminder.messageId())
                                .fetch().rowsUpdated()))
                .then();
    }

    /** Drops the viewing's unsent reminders (it was cancelled, held or missed). */
    public Mono<Void> cancelPending(UUID tenantId, UUID appointmentId) {
        return database.sql("delete from reminders where tenant_id = $1 and appointment_id = $2 and sent_at is null")
                .bind(0, tenantId)
                .bind(1, appointmentId)
                .fetch().rowsUpdated().then();
    }

    /** Unsent reminders due by {@code now}, of every tenant, oldest first. Outside any tenant transaction. */
    public Flux<Due> due(Instant now, int limit) {
        return database.sql("""
                        select tenant_id, appointment_id, minutes_before from reminders
                        where sent_at is null and due_at <= $1 order by due_at limit $2""")
                .bind(0, now)
                .bind(1, limit)
                .map(row -> new Due(row.get("tenant_id", UUID.class), row.get("appointment_id", UUID.class),
                        row.get("minutes_before", Integer.class)))
                .all();
    }

    /**
     * Locks a due, unsent reminder for this transaction, with what its message needs; empty when it was
     * sent meanwhile or another instance holds it (that one sends it).
     */
    public Mono<Claimed> claim(Due due, Instant now) {
        return database.sql("""
                        select r.message_id, a.starts_at, a.status, a.channel, a.chat_id, a.language, a.time_zone,
                               ag.display_name
                        from reminders r
                        join appointments a on a.id = r.appointment_id
                        join agents ag on ag.tenant_id = a.tenant_id and ag.id = a.agent_id
                        where r.tenant_id = $1 and r.appointment_id = $2 and r.minutes_before = $3
                          and r.sent_at is null and r.due_at <= $4
                        for update of r skip locked""")
                .bind(0, due.tenantId())
                .bind(1, due.appointmentId())
                .bind(2, due.minutesBefore())
                .bind(3, now)
                .map(row -> new Claimed(due, row.get("message_id", UUID.class), row.get("starts_at", Instant.class),
                        row.get("status", String.class), row.get("channel", String.class),
                        row.get("chat_id", String.class), row.get("language", String.class),
                        ZoneId.of(row.get("time_zone", String.class)), row.get("display_name", String.class)))
                .one();
    }

    /** Marks a claimed reminder sent or skipped; it is never looked at again. */
    public Mono<Void> settle(Due due, Instant now, boolean sent) {
        return database.sql("""
                        update reminders set sent_at = $4, outcome = $5
                        where tenant_id = $1 and appointment_id = $2 and minutes_before = $3""")
                .bind(0, due.tenantId())
                .bind(1, due.appointmentId())
                .bind(2, due.minutesBefore())
                .bind(3, now)
                .bind(4, sent ? "sent" : "skipped")
                .fetch().rowsUpdated().then();
    }

    /** A reminder that came due. */
    public record Due(UUID tenantId, UUID appointmentId, int minutesBefore) {
    }

    /** A locked reminder and its viewing. */
    public record Claimed(Due due, UUID messageId, Instant start, String status, String channel, String chatId,
                          String language, ZoneId zone, String agentName) {
    }
}
