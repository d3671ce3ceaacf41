package com.artinsmartrealty.ai.knowledge;

import com.artinsmartrealty.ai.i18n.Language;
import com.artinsmartrealty.ai.retrieval.FaqDocument;
import com.artinsmartrealty.platform.tenancy.TenantTransactions;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Knowledge-base entries in PostgreSQL, always inside the tenant's transaction (row-level security).
 * An entry and its translations change together; every change moves the tenant's knowledge version on
 * (a trigger does it), which tells every instance of the service to rebuild its search index.
 */
@Component
class KnowledgeStore {

    private static final String SELECT = """
            select e.id, e.topic, e.created_at, e.updated_at, t.language, t.question, t.answer
            from %s e left join knowledge_translations t on t.entry_id = e.id
            order by e.created_at, e.id, t.language""";

    private final DatabaseClient database;
    private final TenantTransactions tenants;

    KnowledgeStore(DatabaseClient database, TenantTransactions tenants) {
        this.database = database;
        this.tenants = tenants;
    }

    Mono<KnowledgeEntry> create(UUID tenantId, UUID id, KnowledgeRules.Valid entry) {
        Mono<Void> insert = database.sql("insert into knowledge_entries (id, tenant_id, topic) values ($1, $2, $3)")
                .bind(0, id).bind(1, tenantId).bind(2, nullable(entry.topic()))
                .fetch().rowsUpdated()
                .then(insertWordings(tenantId, id, entry.wordings()));
        return tenants.inTenant(tenantId, insert.then(select(id)));
    }

    /** Replaces the entry's topic and translations; empty when the tenant has no such entry. */
    Mono<KnowledgeEntry> replace(UUID tenantId, UUID id, KnowledgeRules.Valid entry) {
        Mono<KnowledgeEntry> work = database
                .sql("update knowledge_entries set topic = $1, updated_at = now() where id = $2")
                .bind(0, nullable(entry.topic())).bind(1, id)
                .fetch().rowsUpdated()
                .filter(updated -> updated > 0)
                .flatMap(updated -> database.sql("delete from knowledge_translations where entry_id = $1")
                        .bind(0, id).fetch().rowsUpdated()
                        .then(insertWordings(tenantId, id, entry.wordings()))
                        .then(select(id)));
        return tenants.inTenant(tenantId, work);
    }

    /** Whether the tenant had the entry. */
    Mono<Boolean> delete(UUID tenantId, UUID id) {
        return tenants.inTenant(tenantId, database.sql("delete from knowledge_entries where id = $1")
                .bind(0, id).fetch().rowsUpdated().map(deleted -> deleted > 0));
    }

    Mono<KnowledgeEntry> find(UUID tenantId, UUID id) {
        return tenants.inTenant(tenantId, select(id));
    }

    /** Up to {@code limit} entries after {@code after}, oldest first. */
    Flux<KnowledgeEntry> page(UUID tenantId, Cursor after, int limit) {
        String page = after == null
                ? "(select * from knowledge_entries order by created_at, id limit $1)"
                : "(select * from knowledge_entries where (created_at, id) > ($2, $3) order by created_at, id limit $1)";
        DatabaseClient.GenericExecuteSpec spec = database.sql(SELECT.formatted(page)).bind(0, limit);
        if (after != null) {
            spec = spec.bind(1, after.createdAt()).bind(2, after.id());
        }
        return tenants.inTenant(tenantId, entries(spec));
    }

    /** Every entry of the tenant, for its search index. */
    Flux<KnowledgeEntry> all(UUID tenantId) {
        return tenants.inTenant(tenantId, entries(database.sql(SELECT.formatted("knowledge_entries"))));
    }

    /** The tenant's knowledge version: 0 until its first change. */
    Mono<Long> version(UUID tenantId) {
        return tenants.inTenant(tenantId, database.sql("select version from knowledge_versions where tenant_id = $1")
                .bind(0, tenantId)
                .map(row -> row.get("version", Long.class))
                .one()
                .defaultIfEmpty(0L));
    }

    private Mono<KnowledgeEntry> select(UUID id) {
        return entries(database.sql(SELECT.formatted("(select * from knowledge_entries where id = $1)")).bind(0, id))
                .next();
    }

    private Mono<Void> insertWordings(UUID tenantId, UUID id, Map<Language, FaqDocument.QuestionAnswer> wordings) {
        return Flux.fromIterable(wordings.entrySet())
                .concatMap(wording -> database.sql("""
                                insert into knowledge_translations (entry_id, tenant_id, language, question, answer)
                                values ($1, $2, $3, $4, $5)""")
                        .bind(0, id).bind(1, tenantId).bind(2, wording.getKey().code())
                        .bind(3, wording.getValue().question()).bind(4, wording.getValue().answer())
                        .fetch().rowsUpdated())
                .then();
    }

    /** Rows of one entry come together (ordered by entry); each run of rows becomes one entry. */
    private static Flux<KnowledgeEntry> entries(DatabaseClient.GenericExecuteSpec spec) {
        return spec.map(KnowledgeStore::row).all()
                .bufferUntilChanged(Row::id)
                .map(KnowledgeStore::entry);
    }

    private static Row row(Readable row) {
        return new Row(row.get("id", UUID.class), row.get("topic", String.class), row.get("created_at", Instant.class),
                row.get("updated_at", Instant.class), row.get("language", String.class),
                row.get("question", String.class), row.get("answer", String.class));
    }

    private static KnowledgeEntry entry(List<Row> rows) {
        Row first = rows.getFirst();
        Map<Language, FaqDocument.QuestionAnswer> wordings = new EnumMap<>(Language.class);
        for (Row row : rows) {
            if (row.language() != null) {
                Language.of(row.language()).ifPresent(language ->
                        wordings.put(language, new FaqDocument.QuestionAnswer(row.question(), row.answer())));
            }
        }
        return new KnowledgeEntry(first.id(), first.topic(), wordings, first.createdAt(), first.updatedAt());
    }

    private static Parameter nullable(String value) {
        return Parameter.fromOrEmpty(value, String.class);
    }

    private record Row(UUID id, String topic, Instant createdAt, Instant updatedAt, String language, String question,
                       String answer) {
    }
}
