package com.artinsmartrealty.analytics.report;

import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.spi.Readable;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/** The funnel of one tenant, read under its row-level security. */
@Component
class FunnelQueries {

    private static final String COUNTS = "count(*) as started, count(qualified_at) as qualified, "
            + "count(phone_captured_at) as phone, count(viewing_booked_at) as viewing, count(completed_at) as completed";

    private final TenantTransactions transactions;
    private final DatabaseClient db;

    FunnelQueries(TenantTransactions transactions, DatabaseClient db) {
        this.transactions = transactions;
        this.db = db;
    }

    Mono<Funnel> funnel(UUID tenant, Period period, String channel) {
        String channelFilter = channel == null ? "" : " and channel = $3";
        Mono<List<Funnel.ChannelFunnel>> byChannel = bind(db.sql("select coalesce(channel, 'unknown') as channel, "
                        + COUNTS + " from leads where started_at >= $1 and started_at < $2" + channelFilter
                        + " group by 1 order by 2 desc"), period, channel)
                .map((row, meta) -> {
                    Funnel.Counts counts = counts(row);
                    return new Funnel.ChannelFunnel(row.get("channel", String.class), counts.stages(), counts.rates());
                })
                .all().collectList();
        Mono<List<Funnel.StateCount>> dropOff = bind(db.sql("select state, count(*) as n from conversations "
                        + "where started_at >= $1 and started_at < $2 and state <> 'COMPLETED'" + channelFilter
                        + " group by state order by 2 desc, 1"), period, channel)
                .map((row, meta) -> new Funnel.StateCount(row.get("state", String.class), number(row, "n")))
                .all().collectList();
        Mono<List<Funnel.LanguageCount>> languages = bind(db.sql("select coalesce(language, 'unknown') as language, "
                        + "count(*) as n from leads where started_at >= $1 and started_at < $2" + channelFilter
                        + " group by 1 order by 2 desc, 1"), period, channel)
                .map((row, meta) -> new Funnel.LanguageCount(row.get("language", String.class), number(row, "n")))
                .all().collectList();
        Mono<List<Funnel.Day>> daily = bind(db.sql("select (started_at at time zone 'UTC')::date as day, " + COUNTS
                        + " from leads where started_at >= $1 and started_at < $2" + channelFilter
                        + " group by 1 order by 1"), period, channel)
                .map((row, meta) -> {
                    Funnel.Counts counts = counts(row);
                    return new Funnel.Day(row.get("day", LocalDate.class).toString(), counts.started(),
                            counts.qualified(), counts.phoneCaptured(), counts.viewingBooked(), counts.completed());
                })
                .all().collectList();
        return transactions.inTenant(tenant, Mono.zip(byChannel, dropOff, languages, daily))
                .map(results -> {
                    Funnel.Counts total = results.getT1().stream()
                            .map(group -> countsOf(group.stages()))
                            .reduce(Funnel.Counts.NONE, Funnel.Counts::plus);
                    return new Funnel(period, channel, total.stages(), total.rates(), results.getT1(),
                            results.getT2(), results.getT3(), results.getT4());
                });
    }

    private static DatabaseClient.GenericExecuteSpec bind(DatabaseClient.GenericExecuteSpec spec, Period period,
                                                          String channel) {
        spec = spec.bind(0, period.from()).bind(1, period.to());
        return channel == null ? spec : spec.bind(2, channel);
    }

    private static Funnel.Counts counts(Readable row) {
        return new Funnel.Counts(number(row, "started"), number(row, "qualified"), number(row, "phone"),
                number(row, "viewing"), number(row, "completed"));
    }

    private static Funnel.Counts countsOf(List<Funnel.Stage> stages) {
        return new Funnel.Counts(stages.get(0).leads(), stages.get(1).leads(), stages.get(2).leads(),
                stages.get(3).leads(), stages.get(4).leads());
    }

    static long number(Readable row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? 0 : value.longValue();
    }

    static Double decimal(Readable row, String column) {
        Number value = row.get(column, Number.class);
        return value == null ? null : value.doubleValue();
    }
}
