package com.artinsmartrealty.lead.leads;

import static com.artinsmartrealty.lead.db.SqlBinds.bind;
import static com.artinsmartrealty.lead.db.SqlBinds.instant;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.contracts.lead.Goal;
import com.artinsmartrealty.contracts.lead.PropertyType;
import com.artinsmartrealty.contracts.lead.Transaction;
import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Leads, their status history and notes in PostgreSQL. Every method runs in the caller's tenant
 * transaction ({@code TenantTransactions.inTenant}); row-level security keeps it to that tenant.
 */
@Component
public class LeadStore {

    static final String COLUMNS = """
            l.id, l.tenant_id, l.channel, l.chat_id, l.display_name, l.phone, l.language, l.source, l.goal,
            l.budget_min, l.budget_max, l.currency, l.property_type, l.transaction, l.area, l.bedrooms,
            l.voice_transcript, l.profile_revision, l.phone_revision, l.language_revision, l.voice_revision,
            l.status, l.assigned_agent_id, l.score, l.score_factors, l.appointment_requested_at,
            l.conversation_completed_at, l.voice_notes, l.last_activity_at, l.created_at, l.updated_at,
            l.erased_at, l.version""";
    private static final TypeReference<List<ScoreFactor>> FACTORS = new TypeReference<>() { };

    private final DatabaseClient database;
    private final JsonMapper json;

    LeadStore(DatabaseClient database, JsonMapper json) {
        this.database = database;
        this.json = json;
    }

    /** Makes sure a row exists for the lead, so that concurrent first facts never race on the insert. */
    public Mono<Void> ensure(UUID tenantId, UUID id, Instant at) {
        return database.sql("""
                        insert into leads (id, tenant_id, status, last_activity_at, created_at, updated_at)
                        values ($1, $2, 'NEW', $3, $3, $3)
                        on conflict (id) do nothing""")
                .bind(0, id).bind(1, tenantId).bind(2, at.atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().then();
    }

    /** The lead, locked until the transaction ends. */
    public Mono<Lead> findForUpdate(UUID id) {
        return database.sql("select " + COLUMNS + " from leads l where l.id = $1 for update")
                .bind(0, id)
                .map(this::lead)
                .one();
    }

    /** The lead with its agent's name, in the tenant the current transaction is set for. */
    public Mono<StoredLead> find(UUID id) {
        return database.sql("select * from lead_views where id = $1")
                .bind(0, id)
                .map(this::stored)
                .one();
    }

    /**
     * The lead with its agent's name in one statement that sets the tenant for itself (no transaction
     * needed around it); inside a transaction set for another tenant the database refuses.
     */
    public Mono<StoredLead> findInTenant(UUID tenantId, UUID id) {
        return database.sql("select * from lead_in_tenant($1, $2)")
                .bind(0, tenantId)
                .bind(1, id)
                .map(this::stored)
                .one();
    }

    /** Writes the lead and its score if nobody changed it since it was read; bumps its version. */
    public Mono<Lead> update(Lead lead, LeadScore score) {
        Contact contact = lead.contact();
        Profile profile = lead.profile();
        Engagement engagement = lead.engagement();
        Revisions revisions = lead.revisions();
        var spec = database.sql("""
                update leads set channel = $2, chat_id = $3, display_name = $4, phone = $5, language = $6,
                    source = $7, goal = $8, budget_min = $9, budget_max = $10, currency = $11, property_type = $12,
                    transaction = $13, area = $14, bedrooms = $15, voice_transcript = $16, profile_revision = $17,
                    phone_revision = $18, language_revision = $19, voice_revision = $20, status = $21,
                    assigned_agent_id = $22, score = $23, score_factors = $24, appointment_requested_at = $25,
                    conversation_completed_at = $26, voice_notes = $27, last_activity_at = $28, updated_at = $29,
                    erased_at = $30, version = version + 1
                where id = $1 and version = $31""");
        spec = spec.bind(0, lead.id());
        spec = bind(spec, 1, contact.channel() == null ? null : contact.channel().wireName(), String.class);
        spec = bind(spec, 2, contact.chatId(), String.class);
        spec = bind(spec, 3, contact.displayName(), String.class);
        spec = bind(spec, 4, contact.phone(), String.class);
        spec = bind(spec, 5, contact.language(), String.class);
        spec = bind(spec, 6, contact.source(), String.class);
        spec = bind(spec, 7, profile.goal() == null ? null : profile.goal().name(), String.class);
        spec = bind(spec, 8, profile.budgetMin(), Long.class);
        spec = bind(spec, 9, profile.budgetMax(), Long.class);
        spec = bind(spec, 10, profile.currency(), String.class);
        spec = bind(spec, 11, profile.propertyType() == null ? null : profile.propertyType().name(), String.class);
        spec = bind(spec, 12, profile.transaction() == null ? null : profile.transaction().name(), String.class);
        spec = bind(spec, 13, profile.area(), String.class);
        spec = bind(spec, 14, profile.bedrooms(), Integer.class);
        spec = bind(spec, 15, engagement.voiceTranscript(), String.class);
        spec = spec.bind(16, revisions.profile()).bind(17, revisions.phone()).bind(18, revisions.language())
                .bind(19, revisions.voice());
        spec = spec.bind(20, lead.status().name());
        spec = bind(spec, 21, lead.assignedAgentId(), UUID.class);
        spec = spec.bind(22, score.total()).bind(23, Json.of(json.writeValueAsString(score.factors())));
        spec = bind(spec, 24, engagement.appointmentRequestedAt(), Instant.class);
        spec = bind(spec, 25, engagement.conversationCompletedAt(), Instant.class);
        spec = spec.bind(26, engagement.voiceNotes());
        spec = bind(spec, 27, engagement.lastActivityAt(), Instant.class);
        spec = bind(spec, 28, lead.updatedAt(), Instant.class);
        spec = bind(spec, 29, lead.erasedAt(), Instant.class);
        spec = spec.bind(30, lead.version());
        return spec.fetch().rowsUpdated().flatMap(rows -> rows == 1
                ? Mono.just(new Lead(lead.id(), lead.tenantId(), contact, profile, engagement, revisions,
                        lead.status(), lead.assignedAgentId(), lead.createdAt(), lead.updatedAt(), lead.erasedAt(),
                        lead.version() + 1))
                : Mono.error(new OptimisticLockingFailureException("lead " + lead.id() + " changed meanwhile")));
    }

    public Mono<Void> recordStatus(UUID tenantId, StatusChange change) {
        var spec = database.sql("""
                insert into lead_status_history (id, tenant_id, lead_id, from_status, to_status, changed_by, cause,
                                                 reason, changed_at)
                values ($1, $2, $3, $4, $5, $6, $7, $8, $9)""")
                .bind(0, UUID.randomUUID()).bind(1, tenantId).bind(2, change.leadId());
        spec = bind(spec, 3, change.from() == null ? null : change.from().name(), String.class);
        spec = spec.bind(4, change.to().name());
        spec = bind(spec, 5, change.changedBy(), UUID.class);
        spec = spec.bind(6, change.cause());
        spec = bind(spec, 7, change.reason(), String.class);
        spec = bind(spec, 8, change.at(), Instant.class);
        return spec.fetch().rowsUpdated().then();
    }

    public Flux<StatusChange> history(UUID leadId) {
        return database.sql("""
                        select lead_id, from_status, to_status, changed_by, cause, reason, changed_at
                        from lead_status_history where lead_id = $1 order by changed_at, id""")
                .bind(0, leadId)
                .map(row -> new StatusChange(row.get("lead_id", UUID.class),
                        status(row.get("from_status", String.class)), status(row.get("to_status", String.class)),
                        row.get("changed_by", UUID.class), row.get("cause", String.class),
                        row.get("reason", String.class), instant(row.get("changed_at", OffsetDateTime.class))))
                .all();
    }

    public Mono<Note> addNote(UUID tenantId, Note note) {
        var spec = database.sql("""
                insert into lead_notes (id, tenant_id, lead_id, author_id, body, created_at)
                values ($1, $2, $3, $4, $5, $6)""")
                .bind(0, note.id()).bind(1, tenantId).bind(2, note.leadId());
        spec = bind(spec, 3, note.authorId(), UUID.class);
        return spec.bind(4, note.body()).bind(5, note.createdAt().atOffset(ZoneOffset.UTC))
                .fetch().rowsUpdated().thenReturn(note);
    }

    public Flux<Note> notes(UUID leadId) {
        return database.sql("""
                        select id, lead_id, author_id, body, created_at from lead_notes
                        where lead_id = $1 order by created_at, id""")
                .bind(0, leadId)
                .map(row -> new Note(row.get("id", UUID.class), row.get("lead_id", UUID.class),
                        row.get("author_id", UUID.class), row.get("body", String.class),
                        instant(row.get("created_at", OffsetDateTime.class))))
                .all();
    }

    /** Removes the lead's notes and status reasons: free text that may hold personal data. */
    public Mono<Void> erasePersonalText(UUID leadId) {
        return database.sql("delete from lead_notes where lead_id = $1").bind(0, leadId).fetch().rowsUpdated()
                .then(database.sql("update lead_status_history set reason = null where lead_id = $1")
                        .bind(0, leadId).fetch().rowsUpdated())
                .then();
    }

    /** A page of leads, newest first, after {@code query}'s cursor. */
    public Flux<StoredLead> page(LeadQuery query) {
        LeadQuery.Sql sql = query.toSql(COLUMNS + ", a.display_name as agent_name");
        return com.artinsmartrealty.lead.db.SqlBinds.bindAll(database.sql(sql.text()), sql.binds())
                .map(this::stored)
                .all();
    }

    StoredLead stored(Readable row) {
        return new StoredLead(lead(row), row.get("score", Integer.class),
                json.readValue(row.get("score_factors", Json.class).asString(), FACTORS),
                row.get("agent_name", String.class));
    }

    Lead lead(Readable row) {
        String channel = row.get("channel", String.class);
        Contact contact = new Contact(channel == null ? null : Channel.fromWireName(channel),
                row.get("chat_id", String.class), row.get("display_name", String.class),
                row.get("phone", String.class), row.get("language", String.class), row.get("source", String.class));
        Profile profile = new Profile(enumOf(Goal.class, row.get("goal", String.class)),
                row.get("budget_min", Long.class), row.get("budget_max", Long.class),
                row.get("currency", String.class),
                enumOf(PropertyType.class, row.get("property_type", String.class)),
                enumOf(Transaction.class, row.get("transaction", String.class)),
                row.get("area", String.class), row.get("bedrooms", Integer.class));
        Engagement engagement = new Engagement(row.get("voice_transcript", String.class),
                row.get("voice_notes", Integer.class),
                instant(row.get("appointment_requested_at", OffsetDateTime.class)),
                instant(row.get("conversation_completed_at", OffsetDateTime.class)),
                instant(row.get("last_activity_at", OffsetDateTime.class)));
        Revisions revisions = new Revisions(row.get("profile_revision", Long.class),
                row.get("phone_revision", Long.class), row.get("language_revision", Long.class),
                row.get("voice_revision", Long.class));
        return new Lead(row.get("id", UUID.class), row.get("tenant_id", UUID.class), contact, profile, engagement,
                revisions, status(row.get("status", String.class)), row.get("assigned_agent_id", UUID.class),
                instant(row.get("created_at", OffsetDateTime.class)), instant(row.get("updated_at", OffsetDateTime.class)),
                instant(row.get("erased_at", OffsetDateTime.class)), row.get("version", Long.class));
    }

    private static LeadStatus status(String value) {
        return value == null ? null : LeadStatus.valueOf(value);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}
