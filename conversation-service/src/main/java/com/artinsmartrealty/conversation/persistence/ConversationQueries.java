package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** What the dashboard reads: a tenant's conversations, most recently active first, and one with its turns. */
@Component
public class ConversationQueries {

    private static final TypeReference<List<ConversationEvent>> EVENTS = new TypeReference<>() { };
    private static final TypeReference<List<OutboxRecord>> OUTBOX = new TypeReference<>() { };

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final JsonMapper json;

    ConversationQueries(DatabaseClient database, TenantTransactions tenants, JsonMapper json) {
        this.database = database;
        this.tenants = tenants;
        this.json = json;
    }

    /**
     * One page of the tenant's conversations matching {@code filter}, after {@code after} (keyset order:
     * last activity, newest first, then id).
     */
    public Flux<Summary> list(UUID tenantId, Filter filter, Position after, int limit) {
        StringBuilder sql = new StringBuilder("""
                select id, channel, chat_id, stage, language, taken_over_by, state, created_at, updated_at
                from conversations where tenant_id = $1""");
        List<Object> values = new ArrayList<>();
        values.add(tenantId);
        if (filter.stage() != null) {
            values.add(filter.stage());
            sql.append(" and stage = $").append(values.size());
        }
        if (filter.channel() != null) {
            values.add(filter.channel().wireName());
            sql.append(" and channel = $").append(values.size());
        }
        if (filter.language() != null) {
            values.add(filter.language());
            sql.append(" and language = $").append(values.size());
        }
        if (filter.takenOver() != null) {
            sql.append(filter.takenOver() ? " and taken_over_by is not null" : " and taken_over_by is null");
        }
        if (filter.chatId() != null) {
            values.add(filter.chatId());
            sql.append(" and chat_id = $").append(values.size());
        }
        if (after != null) {
            values.add(after.updatedAt().atOffset(ZoneOffset.UTC));
            int at = values.size();
            values.add(after.id());
            sql.append(" and (updated_at, id) < ($").append(at).append(", $").append(at + 1).append(')');
        }
        values.add(limit);
        sql.append(" order by updated_at desc, id desc limit $").append(values.size());
        DatabaseClient.GenericExecuteSpec statement = database.sql(sql.toString());
        for (int i = 0; i < values.size(); i++) {
            statement = statement.bind(i, values.get(i));
        }
        return tenants.inTenant(tenantId, statement.map((row, metadata) -> summary(row)).all());
    }

    public Mono<Summary> find(UUID tenantId, UUID id) {
        return tenants.inTenant(tenantId, database.sql("""
                        select id, channel, chat_id, stage, language, taken_over_by, state, created_at, updated_at
                        from conversations where id = $1""")
                .bind(0, id)
                .map((row, metadata) -> summary(row))
                .one());
    }

    /** The conversation's last {@code limit} turns, oldest first. */
    public Flux<StoredTurn> turns(UUID tenantId, UUID id, int limit) {
        return tenants.inTenant(tenantId, database.sql("""
                        select revision, inbound, events, outbox, created_at from conversation_turns
                        where conversation_id = $1 order by revision desc limit $2""")
                .bind(0, id)
                .bind(1, limit)
                .map(row -> {
                    Json inbound = row.get("inbound", Json.class);
                    return new StoredTurn(row.get("revision", Long.class),
                            inbound == null ? null : json.readValue(inbound.asString(), InboundNote.class),
                            json.readValue(row.get("events", Json.class).asString(), EVENTS),
                            json.readValue(row.get("outbox", Json.class).asString(), OUTBOX),
                            row.get("created_at", OffsetDateTime.class).toInstant());
                })
                .all())
                .collectList()
                .flatMapIterable(turns -> turns.reversed());
    }

    private Summary summary(Row row) {
        return new Summary(row.get("id", UUID.class), Channel.fromWireName(row.get("channel", String.class)),
                row.get("chat_id", String.class), row.get("stage", String.class), row.get("language", String.class),
                row.get("taken_over_by", UUID.class),
                json.readValue(row.get("state", Json.class).asString(), ConversationState.class),
                row.get("created_at", OffsetDateTime.class).toInstant(),
                row.get("updated_at", OffsetDateTime.class).toInstant());
    }

    /** Which conversations to list; null fields do not filter. */
    public record Filter(String stage, Channel channel, String language, Boolean takenOver, String chatId) {
    }

    /** A place in the list, as a cursor names it. */
    public record Position(Instant updatedAt, UUID id) {
    }

    /** A conversation as the list shows it. */
    public record Summary(UUID id, Channel channel, String chatId, String stage, String language, UUID takenOverBy,
                          ConversationState state, Instant createdAt, Instant updatedAt) {
    }

    /** A stored turn with its time. */
    public record StoredTurn(long revision, InboundNote inbound, List<ConversationEvent> events,
                             List<OutboxRecord> outbox, Instant at) {
    }
}
