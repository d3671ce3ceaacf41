package com.artinsmartrealty.conversation.persistence;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.ChatKey;
import com.artinsmartrealty.conversation.ConversationProperties;
import com.artinsmartrealty.conversation.state.ConversationEvent;
import com.artinsmartrealty.conversation.state.ConversationState;
import com.artinsmartrealty.platform.logging.LogContext;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import com.fasterxml.jackson.annotation.JsonRawValue;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.r2dbc.postgresql.codec.Json;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
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
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Conversations in PostgreSQL (the durable record: the latest state plus one row per turn, the event
 * log) with a Redis cache in front under {@code bot:session:{tenant}:{channel}:{chat}}, kept for the
 * session TTL after the last message. A corrupted cache entry is deleted and the conversation reloaded
 * from PostgreSQL.
 *
 * <p>In front of Redis, the instance keeps the sessions of its recently active chats in memory (ADR 19):
 * a chat's messages all come to the instance that owns its partition, so its next turn usually starts
 * from the session its last turn stored, without a Redis round trip or parsing. A copy in memory is
 * only ever a starting point: a turn is saved only over the revision it started from, so a stale copy
 * (the partition was elsewhere meanwhile, or the conversation was erased by another instance) fails
 * its save, is dropped with the Redis entry, and the turn is decided again from PostgreSQL.
 */
@Component
public class ConversationStore {

    private static final Logger log = LoggerFactory.getLogger(ConversationStore.class);
    private static final TypeReference<List<ConversationEvent>> EVENTS = new TypeReference<>() { };
    private static final TypeReference<List<OutboxRecord>> OUTBOX = new TypeReference<>() { };
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    /** How long after an erasure the cache is cleared once more, behind a turn that was just finishing. */
    static final Duration ERASURE_RECHECK = Duration.ofSeconds(2);

    private final DatabaseClient database;
    private final TenantTransactions tenants;
    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;
    private final Duration sessionTtl;
    private final ObjectWriter eventsWriter;
    private final ObjectWriter outboxWriter;
    private final Cache<ChatKey, StoredConversation> memory;
    private final TurnWrites turns;

    ConversationStore(DatabaseClient database, TenantTransactions tenants, ReactiveStringRedisTemplate redis,
                      JsonMapper json, ConversationProperties properties, MeterRegistry meters) {
        this.database = database;
        this.tenants = tenants;
        this.redis = redis;
        this.json = json;
        this.sessionTtl = properties.sessionTtl();
        this.eventsWriter = json.writerFor(EVENTS);
        this.outboxWriter = json.writerFor(OUTBOX);
        this.turns = new TurnWrites(database, json, meters);
        this.memory = Caffeine.newBuilder()
                .maximumSize(properties.sessionsInMemory())
                .expireAfterAccess(properties.sessionMemoryIdle())
                .executor(Runnable::run)
                .build();
    }

    /** The chat's conversation: from memory, else from the Redis cache, else from PostgreSQL, else a fresh one. */
    public Mono<Loaded> load(ChatKey chat) {
        return Mono.defer(() -> {
            StoredConversation remembered = memory.getIfPresent(chat);
            return remembered != null ? Mono.just(new Loaded(remembered, Source.MEMORY)) : fromCaches(chat);
        });
    }

    private Mono<Loaded> fromCaches(ChatKey chat) {
        String key = sessionKey(chat);
        return redis.opsForValue().get(key)
                .flatMap(cached -> {
                    try {
                        return Mono.just(new Loaded(json.readValue(cached, StoredConversation.class), Source.REDIS));
                    } catch (JacksonException | IllegalArgumentException | NullPointerException e) {
                        return LogContext.<Void>logged(() -> log.warn("Deleted a corrupted session cache entry"))
                                .then(redis.delete(key))
                                .then(Mono.empty());
                    }
                })
                .switchIfEmpty(Mono.defer(() -> fromDatabase(chat).map(stored -> new Loaded(stored, Source.DATABASE))))
                .doOnNext(loaded -> memory.put(chat, loaded.conversation()))
                .defaultIfEmpty(new Loaded(StoredConversation.fresh(chat), Source.NONE));
    }

    /**
     * Stores a turn and the conversation after it in one statement, then refreshes the caches; fails
     * with {@link OptimisticLockingFailureException} when the stored conversation is no longer the one
     * the turn started from (another turn was stored first, or it was erased).
     *
     * @return {@link Saved#SEEN_BEFORE}, with nothing written, when the turn's message already had its turn
     */
    public Mono<Saved> save(StoredConversation before, StoredConversation after, Turn turn) {
        ChatKey chat = after.chat();
        String state = json.writeValueAsString(after.state());
        String recent = json.writeValueAsString(after.recentMessageIds());
        TurnWrites.Row row = new TurnWrites.Row(chat.tenantId(), after.id(), chat.channel().wireName(), chat.chatId(),
                after.state().stage().name(), state, recent, after.revision(),
                before.isNew() ? null : before.revision(), after.updatedAt().toString(), after.state().language(),
                after.state().agentId(), turn.channelMessageId(),
                turn.inbound() == null ? null : json.writeValueAsString(turn.inbound()),
                eventsWriter.writeValueAsString(turn.events()), outboxWriter.writeValueAsString(turn.outbox()));
        return turns.write(row)
                .flatMap(saved -> switch (saved) {
                    case 1 -> {
                        memory.put(chat, after);
                        yield redis.opsForValue().set(sessionKey(chat), json.writeValueAsString(
                                CachedConversation.of(after, state, recent)), sessionTtl).thenReturn(Saved.STORED);
                    }
                    case 2 -> Mono.just(Saved.SEEN_BEFORE);
                    default -> Mono.error(new OptimisticLockingFailureException("conversation " + after.id()
                            + " is no longer at revision " + before.revision()));
                });
    }

    /** Forgets the session in memory and in Redis, so the next load reads PostgreSQL. */
    public Mono<Void> evict(ChatKey chat) {
        return Mono.defer(() -> {
            memory.invalidate(chat);
            return redis.delete(sessionKey(chat)).then();
        });
    }

    /**
     * Forgets every session held in memory (not in Redis): called when this instance's partitions
     * change, since chats it did not own for a while may have moved on elsewhere.
     */
    public void forgetSessionsInMemory() {
        memory.invalidateAll();
    }

    /** The turn that processed a cause, for republishing its records. */
    public Mono<Turn> turnFor(StoredConversation conversation, String turnKey) {
        return tenants.inTenant(conversation.chat().tenantId(), database.sql("""
                        select revision, inbound, events, outbox from conversation_turns
                        where conversation_id = $1 and channel_message_id = $2""")
                .bind(0, conversation.id())
                .bind(1, turnKey)
                .map(row -> new Turn(row.get("revision", Long.class), turnKey,
                        readNote(row.get("inbound", Json.class)),
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

    /**
     * Deletes a conversation and its turns (the lead asked to be forgotten) and its cached session.
     * The cache is cleared a second time shortly after, in case a turn that was finishing wrote it
     * back in between; that turn's next save then finds the conversation gone and starts afresh.
     *
     * @return the chat the conversation was, when there was one
     */
    public Mono<ChatKey> erase(UUID tenantId, UUID conversationId) {
        Mono<ChatKey> delete = database.sql("delete from conversation_turns where conversation_id = $1")
                .bind(0, conversationId)
                .fetch().rowsUpdated()
                .then(database.sql("delete from conversations where id = $1 returning channel, chat_id")
                        .bind(0, conversationId)
                        .map(row -> new ChatKey(tenantId, Channel.fromWireName(row.get("channel", String.class)),
                                row.get("chat_id", String.class)))
                        .one());
        return tenants.inTenant(tenantId, delete)
                .flatMap(chat -> evict(chat)
                        .then(Mono.delay(ERASURE_RECHECK).then(evict(chat)))
                        .thenReturn(chat));
    }

    private InboundNote readNote(Json inbound) {
        return inbound == null ? null : json.readValue(inbound.asString(), InboundNote.class);
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
                        row.get("updated_at", OffsetDateTime.class).toInstant()))
                .one());
    }

    static String sessionKey(ChatKey chat) {
        return "bot:session:" + chat.tenantId() + ":" + chat.channel().wireName() + ":" + chat.chatId();
    }

    /**
     * The cache entry: a {@link StoredConversation} as JSON, with the state and the message ids written
     * once for both PostgreSQL and the cache.
     */
    private record CachedConversation(UUID id, ChatKey chat, @JsonRawValue String state, long revision,
                                      @JsonRawValue String recentMessageIds, Instant updatedAt) {

        static CachedConversation of(StoredConversation conversation, String stateJson, String recentJson) {
            return new CachedConversation(conversation.id(), conversation.chat(), stateJson, conversation.revision(),
                    recentJson, conversation.updatedAt());
        }
    }

    /** What became of a turn to be saved. */
    public enum Saved {
        /** The turn and the conversation after it are stored. */
        STORED,
        /** The turn's message had its turn before; nothing was written. */
        SEEN_BEFORE
    }

    /** Where a loaded conversation came from. */
    public enum Source {
        /** This instance's memory. */
        MEMORY,
        /** The Redis session cache. */
        REDIS,
        /** PostgreSQL: the session was not cached (expired, evicted, or never there). */
        DATABASE,
        /** Nowhere: the conversation begins now. */
        NONE
    }

    /** A loaded conversation and where it came from. */
    public record Loaded(StoredConversation conversation, Source source) {
    }
}
