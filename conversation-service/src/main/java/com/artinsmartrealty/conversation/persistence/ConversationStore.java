package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.conversation.ConversationProperties;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in PostgreSQL (the durable record: snapshot plus one row per turn) with a Redis cache
 * in front under {@code bot:session:{tenant}:{channel}:{chat}}. A corrupted cache entry is deleted and
 * the conversation reloaded from PostgreSQL.
 */
@Component
public class ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);
    private static final TypeReference<List<ConversationEvent>> EVENTS = new TypeReference<>() { };
    private static final TypeReference<List<OutboxRecord>> OUTBOX = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration sessionTtl;

    ConversationStore(DatabaseClient database, TenantTransactions tenants, ReactiveStringRedisTemplate redis,
                      JsonMapper json, ConversationProperties properties) {
        this.database = database;
        this.tenants = tenants;
        this.redis = redis;
        this.json = json;
        this.sessionTtl = properties.sessionTtl();
    }

    /** The chat's conversation: from the cache, else from PostgreSQL, else a fresh one. */
    public Mono<Loaded> load(ChatKey chat) {
        String key = sessionKey(chat);
        return redis.opsForValue().get(key)
                .flatMap(cached -> {
                    try {
                        return Mono.just(new Loaded(json.readValue(cached, StoredConversation.class), true));
                    } catch (JacksonException e) {
                        log.warn("Deleted a corrupted session cache entry");
                        return redis.delete(key).then(Mono.empty());
                    }
                })
                .switchIfEmpty(Mono.defer(() -> fromDatabase(chat).map(stored -> new Loaded(stored, false))))
                .defaultIfEmpty(new Loaded(StoredConversation.fresh(chat), false));
    }

    /**
     * Stores a turn and the conversation after it, in one transaction; fails with
     * {@link OptimisticLockingFailureException} when someone else stored a turn first.
     */
    public Mono<Void> save(StoredConversation before, StoredConversation after, Turn turn) {
        ChatKey chat = after.chat();
        Mono<Void> write = upsert(before, after).then(database.sql("""
                        insert into conversation_turns
                            (conversation_id, revision, tenant_id, channel_message_id, events, outbox, created_at)
                        values ($1, $2, $3, $4, $5, $6, $7)""")
                .bind(0, after.id())
                .bind(1, turn.revision())
                .bind(2, chat.tenantId())
                .bind(3, turn.channelMessageId())
                .bind(4, Json.of(json.writeValueAsString(turn.events())))
                .bind(5, Json.of(json.writeValueAsString(turn.outbox())))
                .bind(6, after.updatedAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then());
        return tenants.inTenant(chat.tenantId(), write)
                .then(redis.opsForValue().set(sessionKey(chat), json.writeValueAsString(after), sessionTtl))
                .then();
    }

    /** The turn that processed a channel message, for republishing its records. */
    public Mono<Turn> turnFor(StoredConversation conversation, String channelMessageId) {
        return tenants.inTenant(conversation.chat().tenantId(), database.sql("""
                        select revision, events, outbox from conversation_turns
                        where conversation_id = $1 and channel_message_id = $2""")
                .bind(0, conversation.id())
                .bind(1, channelMessageId)
                .map(row -> new Turn(row.get("revision", Long.class), channelMessageId,
                        json.readValue(row.get("events", Json.class).asString(), EVENTS),
                        json.readValue(row.get("outbox", Json.class).asString(), OUTBOX)))
                .one());
    }

    /** Every event of a conversation in order, for rebuilding its state. */
    public Flux<ConversationEvent> events(ChatKey chat) {
        return tenants.inTenant(chat.tenantId(), database.sql("""
                        select events from conversation_turns where conversation_id = $1 order by revision""")
                .bind(0, StoredConversation.idOf(chat))
                .map(row -> json.readValue(row.get("events", Json.class).asString(), EVENTS))
                .all()
                .flatMapIterable(events -> events));
    }

    private Mono<Void> upsert(StoredConversation before, StoredConversation after) {
        ChatKey chat = after.chat();
        return database.sql("""
                        insert into conversations
                            (id, tenant_id, channel, chat_id, stage, state, recent_message_ids, revision, updated_at)
                        values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
                        on conflict (id) do update set
                            stage = excluded.stage, state = excluded.state,
                            recent_message_ids = excluded.recent_message_ids, revision = excluded.revision,
                            updated_at = excluded.updated_at
                        where conversations.revision = $10""")
                .bind(0, after.id())
                .bind(1, chat.tenantId())
                .bind(2, chat.channel().wireName())
                .bind(3, chat.chatId())
                .bind(4, after.state().stage().name())
                .bind(5, Json.of(json.writeValueAsString(after.state())))
                .bind(6, Json.of(json.writeValueAsString(after.recentMessageIds())))
                .bind(7, after.revision())
                .bind(8, after.updatedAt().atOffset(ZoneOffset.UTC))
                .bind(9, before.revision())
                .fetch().rowsUpdated()
                .flatMap(rows -> rows == 1 ? Mono.<Void>empty() : Mono.error(new OptimisticLockingFailureException(
                        "conversation " + after.id() + " moved past revision " + before.revision())));
    }

    private Mono<StoredConversation> fromDatabase(ChatKey chat) {
        return tenants.inTenant(chat.tenantId(), database.sql("""
                        select id, state, recent_message_ids, revision, updated_at from conversations
                        where tenant_id = $1 and channel = $2 and chat_id = $3""")
                .bind(0, chat.tenantId())
                .bind(1, chat.channel().wireName())
                .bind(2, chat.chatId())
                .map(row -> new StoredConversation(row.get("id", UUID.class), chat,
                        json.readValue(row.get("state", Json.class).asString(), ConversationState.class),
                        row.get("revision", Long.class),
                        json.readValue(row.get("recent_message_ids", Json.class).asString(), STRINGS),
                        row.get("updated_at", java.time.OffsetDateTime.class).toInstant()))
                .one());
    }

    static String sessionKey(ChatKey chat) {
        return "bot:session:" + chat.tenantId() + ":" + chat.channel().wireName() + ":" + chat.chatId();
    }

    /**
     * A loaded conversation.
     *
     * @param fromCache false when the session had expired from the cache (or never existed)
     */
    public record Loaded(StoredConversation conversation, boolean fromCache) {
    }
}
