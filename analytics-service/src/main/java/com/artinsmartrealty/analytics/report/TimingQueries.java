package com.artinsmartrealty.analytics.report;

import static com.artinsmartrealty.analytics.report.FunnelQueries.decimal;
import static com.artinsmartrealty.analytics.report.FunnelQueries.number;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** Timings and the leaderboard of one tenant, read under its row-level security. */
@Component
class TimingQueries {

    private static final String REPLY_MILLIS = "extract(epoch from (first_reply_at - first_inbound_at)) * 1000";

    private final TenantTransactions transactions;
    private final DatabaseClient db;

    TimingQueries(TenantTransactions transactions, DatabaseClient db) {
        this.transactions = transactions;
        this.db = db;
    }

    Mono<Timings> timings(UUID tenant, Period period) {
        String replied = " from chats where first_inbound_at >= $1 and first_inbound_at < $2 "
                + "and first_reply_at >= first_inbound_at";
        Mono<Timings.FirstReply> overall = db.sql("select count(*) as n, avg(" + REPLY_MILLIS + ") as avg, "
                        + "percentile_cont(0.5) within group (order by " + REPLY_MILLIS + ") as p50, "
                        + "percentile_cont(0.9) within group (order by " + REPLY_MILLIS + ") as p90" + replied)
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> new Timings.FirstReply(number(row, "n"), decimal(row, "avg"), decimal(row, "p50"),
                        decimal(row, "p90"), List.of()))
                .one();
        Mono<List<Timings.ChannelFirstReply>> byChannel = db.sql("select channel, count(*) as n, avg(" + REPLY_MILLIS
                        + ") as avg" + replied + " group by channel order by channel")
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> new Timings.ChannelFirstReply(row.get("channel", String.class), number(row, "n"),
                        decimal(row, "avg")))
                .all().collectList();
        Mono<Timings.SlotFilling> slotFilling = db.sql("""
                        select count(*) as n, avg(total) as avg from (
                            select c.conversation_id, sum(s.elapsed_ms) as total
                            from conversations c join slot_timings s on s.conversation_id = c.conversation_id
                            where c.slot_filling_done and c.started_at >= $1 and c.started_at < $2
                            group by c.conversation_id) finished""")
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> new Timings.SlotFilling(number(row, "n"), decimal(row, "avg"), List.of()))
                .one();
        Mono<List<Timings.SlotDuration>> bySlot = db.sql("""
                        select slot, count(*) as n, avg(elapsed_ms) as avg from slot_timings
                        where at >= $1 and at < $2 group by slot order by slot""")
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> new Timings.SlotDuration(row.get("slot", String.class), number(row, "n"),
                        decimal(row, "avg")))
                .all().collectList();
        Mono<Timings.AgentResponse> agents = db.sql("""
                        select count(*) as n,
                               avg(extract(epoch from (first_agent_action_at - assigned_at)) * 1000) as avg
                        from leads where assigned_at >= $1 and assigned_at < $2 and first_agent_action_at is not null""")
                .bind(0, period.from()).bind(1, period.to())
                .map((row, meta) -> new Timings.AgentResponse(number(row, "n"), decimal(row, "avg")))
                .one();
        return transactions.inTenant(tenant, Mono.zip(overall, byChannel, slotFilling, bySlot, agents))
                .map(t -> new Timings(period,
                        new Timings.FirstReply(t.getT1().chats(), t.getT1().avgMillis(), t.getT1().p50Millis(),
                                t.getT1().p90Millis(), t.getT2()),
                        new Timings.SlotFilling(t.getT3().conversations(), t.getT3().avgMillis(), t.getT4()),
                        t.getT5()));
    }

    Mono<Leaderboard> leaderboard(UUID tenant, Period period) {
        return transactions.inTenant(tenant, db.sql("""
                        with handled as (
                            select agent_id, count(*) as leads,
                                   count(*) filter (where status = 'CLOSED_WON') as won,
                                   avg(extract(epoch from (first_agent_action_at - assigned_at)) * 1000) as response
                            from leads where agent_id is not null and assigned_at >= $1 and assigned_at < $2
                            group by agent_id),
                        booked as (
                            select agent_id, count(*) as viewings from appointments
                            where booked_at >= $1 and booked_at < $2 and status <> 'CANCELLED'
                            group by agent_id),
                        everyone as (
                            select user_id as agent_id from agents where active and role = 'agent'
                            union select agent_id from handled union select agent_id from booked)
                        select e.agent_id, a.display_name, coalesce(h.leads, 0) as leads, coalesce(h.won, 0) as won,
                               coalesce(b.viewings, 0) as viewings, h.response
                        from everyone e
                        left join agents a on a.user_id = e.agent_id
                        left join handled h on h.agent_id = e.agent_id
                        left join booked b on b.agent_id = e.agent_id
                        order by won desc, viewings desc, leads desc, a.display_name""")
                        .bind(0, period.from()).bind(1, period.to())
                        .map((row, meta) -> new Leaderboard.Entry(row.get("agent_id", UUID.class),
                                row.get("display_name", String.class), number(row, "leads"), number(row, "viewings"),
                                number(row, "won"), decimal(row, "response")))
                        .all())
                .collectList()
                .map(items -> new Leaderboard(period, items));
    }
}
