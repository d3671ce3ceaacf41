package com.artinsmartrealty.scheduling.availability;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Agents' weekly hours, dated changes and daily limits. Every method runs inside the caller's tenant
 * transaction.
 */
@Component
public class AvailabilityStore {

    private static final String TIME_OFF = "time_off";
    private static final String EXTRA_HOURS = "extra_hours";

    private final DatabaseClient database;

    AvailabilityStore(DatabaseClient database) {
        this.database = database;
    }

    public Mono<Availability> load(UUID tenantId, UUID agentId) {
        return loadAll(tenantId, List.of(agentId)).map(all -> all.getOrDefault(agentId, Availability.none()));
    }

    /** The availability of each of {@code agentIds}; agents without any are absent from the map. */
    public Mono<Map<UUID, Availability>> loadAll(UUID tenantId, Collection<UUID> agentIds) {
        UUID[] agents = agentIds.toArray(UUID[]::new);
        Mono<List<Row<WeeklyHours>>> weekly = database.sql("""
                        select agent_id, day_of_week, start_time, end_time from weekly_hours
                        where tenant_id = $1 and agent_id = any($2) order by day_of_week, start_time""")
                .bind(0, tenantId)
                .bind(1, agents)
                .map(row -> new Row<>(row.get("agent_id", UUID.class), null,
                        new WeeklyHours(DayOfWeek.of(row.get("day_of_week", Integer.class)),
                                row.get("start_time", LocalTime.class), row.get("end_time", LocalTime.class))))
                .all().collectList();
        Mono<List<Row<DatedHours>>> dated = database.sql("""
                        select agent_id, kind, starts, ends, note from dated_hours
                        where tenant_id = $1 and agent_id = any($2) order by starts""")
                .bind(0, tenantId)
                .bind(1, agents)
                .map(row -> new Row<>(row.get("agent_id", UUID.class), row.get("kind", String.class),
                        new DatedHours(row.get("starts", LocalDateTime.class), row.get("ends", LocalDateTime.class),
                                row.get("note", String.class))))
                .all().collectList();
        Mono<List<Row<Integer>>> limits = database.sql("""
                        select id, daily_limit from agents
                        where tenant_id = $1 and id = any($2) and daily_limit is not null""")
                .bind(0, tenantId)
                .bind(1, agents)
                .map(row -> new Row<>(row.get("id", UUID.class), null, row.get("daily_limit", Integer.class)))
                .all().collectList();
        return weekly.flatMap(weeklyRows -> dated.flatMap(datedRows -> limits.map(limitRows -> {
            Map<UUID, Availability> all = new HashMap<>();
            for (UUID agent : agentIds) {
                List<WeeklyHours> hours = of(weeklyRows, agent, null);
                List<DatedHours> timeOff = of(datedRows, agent, TIME_OFF);
                List<DatedHours> extra = of(datedRows, agent, EXTRA_HOURS);
                List<Integer> limit = of(limitRows, agent, null);
                if (!hours.isEmpty() || !timeOff.isEmpty() || !extra.isEmpty() || !limit.isEmpty()) {
                    all.put(agent, new Availability(hours, timeOff, extra, limit.isEmpty() ? null : limit.getFirst()));
                }
            }
            return all;
        })));
    }

    private static <T> List<T> of(List<Row<T>> rows, UUID agent, String kind) {
        return rows.stream()
                .filter(row -> row.agentId().equals(agent) && (kind == null || kind.equals(row.kind())))
                .map(Row::value)
                .toList();
    }

    /** Replaces everything the agent had with {@code availability}, which has no problems. */
    public Mono<Void> replace(UUID tenantId, UUID agentId, Availability availability) {
        Mono<Void> clear = database.sql("delete from weekly_hours where tenant_id = $1 and agent_id = $2")
                .bind(0, tenantId).bind(1, agentId).fetch().rowsUpdated()
                .then(database.sql("delete from dated_hours where tenant_id = $1 and agent_id = $2")
                        .bind(0, tenantId).bind(1, agentId).fetch().rowsUpdated())
                .then();
        var setLimit = database.sql("update agents set daily_limit = $3 where tenant_id = $1 and id = $2")
                .bind(0, tenantId)
                .bind(1, agentId);
        setLimit = availability.dailyLimit() == null ? setLimit.bindNull(2, Integer.class)
                : setLimit.bind(2, availability.dailyLimit());
        Mono<Void> limit = setLimit.fetch().rowsUpdated().then();
        Flux<Long> weeklyInserts = Flux.fromIterable(availability.weekly()).concatMap(hours -> database.sql("""
                        insert into weekly_hours (tenant_id, agent_id, day_of_week, start_time, end_time)
                        values ($1, $2, $3, $4, $5)""")
                .bind(0, tenantId)
                .bind(1, agentId)
                .bind(2, (short) hours.day().getValue())
                .bind(3, hours.start())
                .bind(4, hours.end())
                .fetch().rowsUpdated());
        Flux<Long> datedInserts = Flux.concat(
                Flux.fromIterable(availability.timeOff()).map(hours -> new Dated(TIME_OFF, hours)),
                Flux.fromIterable(availability.extraHours()).map(hours -> new Dated(EXTRA_HOURS, hours)))
                .concatMap(dated -> {
                    var insert = database.sql("""
                                    insert into dated_hours (tenant_id, agent_id, kind, starts, ends, note)
                                    values ($1, $2, $3, $4, $5, $6)""")
                            .bind(0, tenantId)
                            .bind(1, agentId)
                            .bind(2, dated.kind())
                            .bind(3, dated.hours().start())
                            .bind(4, dated.hours().end());
                    insert = dated.hours().note() == null ? insert.bindNull(5, String.class)
                            : insert.bind(5, dated.hours().note());
                    return insert.fetch().rowsUpdated();
                });
        return clear.then(limit).thenMany(weeklyInserts).thenMany(datedInserts).then();
    }

    private record Dated(String kind, DatedHours hours) {
    }

    private record Row<T>(UUID agentId, String kind, T value) {
    }
}
