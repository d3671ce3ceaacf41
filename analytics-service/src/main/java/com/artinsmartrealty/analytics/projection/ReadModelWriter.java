package com.artinsmartrealty.analytics.projection;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Writes {@link ReadModelChange}s to the analytics schema. Runs inside the caller's tenant
 * transaction; the platform tables ({@code tenants}, {@code tenant_history}, {@code tenant_daily})
 * carry the tenant in a column instead of a policy.
 */
@Component
class ReadModelWriter {

    private final DatabaseClient db;

    ReadModelWriter(DatabaseClient db) {
        this.db = db;
    }

    Mono<Void> apply(UUID tenant, ReadModelChange change) {
        return switch (change) {
            case ReadModelChange.LeadStarted started -> leadRow(tenant, started.leadId())
                    .then(db.sql("""
                            update leads set channel = $2, chat_id = $3, started_at = $4,
                                   language = case when language_revision < 0 then $5 else language end
                            where lead_id = $1 and started_at is null""")
                            .bind(0, started.leadId()).bind(1, started.channel().wireName())
                            .bind(2, started.chatId()).bind(3, started.at()).bind(4, started.language())
                            .fetch().rowsUpdated())
                    .flatMap(updated -> updated > 0 ? daily(tenant, started.at(), "leads_started", 1) : Mono.empty());
            case ReadModelChange.LeadReached reached -> leadRow(tenant, reached.leadId())
                    .then(db.sql("update leads set " + reached.milestone().column() + " = $2 where lead_id = $1 and "
                                    + reached.milestone().column() + " is null")
                            .bind(0, reached.leadId()).bind(1, reached.at()).fetch().rowsUpdated())
                    .flatMap(updated -> updated > 0
                            ? daily(tenant, reached.at(), reached.milestone().dailyColumn(), 1) : Mono.empty());
            case ReadModelChange.LeadLanguage language -> leadRow(tenant, language.leadId())
                    .then(db.sql("""
                            update leads set language = $2, language_revision = $3
                            where lead_id = $1 and language_revision <= $3""")
                            .bind(0, language.leadId()).bind(1, language.language()).bind(2, language.revision())
                            .then());
            case ReadModelChange.LeadAssignedTo assigned -> leadRow(tenant, assigned.leadId())
                    .then(db.sql("""
                            update leads set agent_id = $2, assigned_at = $3, first_agent_action_at = null
                            where lead_id = $1 and (assigned_at is null or assigned_at <= $3)""")
                            .bind(0, assigned.leadId()).bind(1, assigned.agentId()).bind(2, assigned.at()).then());
            case ReadModelChange.LeadStatusSet status -> leadRow(tenant, status.leadId())
                    .then(db.sql("""
                            update leads set status = $2, status_at = $3
                            where lead_id = $1 and (status_at is null or status_at <= $3)""")
                            .bind(0, status.leadId()).bind(1, status.status()).bind(2, status.at()).then())
                    .then(status.changedBy() == null ? Mono.empty()
                            : firstAgentAction(status.leadId(), status.changedBy(), status.at()));
            case ReadModelChange.AgentActed acted -> firstAgentAction(acted.leadId(), acted.agentId(), acted.at());
            case ReadModelChange.LeadForgotten forgotten -> db.sql("update leads set chat_id = null where lead_id = $1")
                    .bind(0, forgotten.leadId()).then()
                    .then(forgotten.chatId() == null || forgotten.channel() == null ? Mono.empty()
                            : db.sql("update conversations set chat_id = null where channel = $1 and chat_id = $2")
                                    .bind(0, forgotten.channel().wireName()).bind(1, forgotten.chatId()).then()
                                    .then(db.sql("delete from chats where channel = $1 and chat_id = $2")
                                            .bind(0, forgotten.channel().wireName()).bind(1, forgotten.chatId())
                                            .then()));
            case ReadModelChange.ConversationMoved moved -> conversationMoved(tenant, moved);
            case ReadModelChange.SlotTimed timed -> db.sql("""
                            insert into slot_timings (event_id, tenant_id, conversation_id, slot, elapsed_ms, at)
                            values ($1, $2, $3, $4, $5, $6) on conflict (event_id) do nothing""")
                    .bind(0, timed.eventId()).bind(1, tenant).bind(2, timed.conversationId()).bind(3, timed.slot())
                    .bind(4, timed.elapsedMillis()).bind(5, timed.at()).fetch().rowsUpdated()
                    .flatMap(inserted -> inserted > 0
                            ? daily(tenant, timed.at(), "slot_filling_ms", timed.elapsedMillis()) : Mono.empty());
            case ReadModelChange.ChatMessageIn in -> db.sql("""
                            insert into chats (tenant_id, channel, chat_id, first_inbound_at) values ($1, $2, $3, $4)
                            on conflict (tenant_id, channel, chat_id) do update
                            set first_inbound_at = least(coalesce(chats.first_inbound_at, excluded.first_inbound_at),
                                                         excluded.first_inbound_at)""")
                    .bind(0, tenant).bind(1, in.channel().wireName()).bind(2, in.chatId()).bind(3, in.at()).then();
            case ReadModelChange.ChatReplyOut out -> db.sql("""
                            insert into chats (tenant_id, channel, chat_id, first_reply_at) values ($1, $2, $3, $4)
                            on conflict (tenant_id, channel, chat_id) do update
                            set first_reply_at = least(coalesce(chats.first_reply_at, excluded.first_reply_at),
                                                       excluded.first_reply_at)""")
                    .bind(0, tenant).bind(1, out.channel().wireName()).bind(2, out.chatId()).bind(3, out.at()).then();
            case ReadModelChange.AppointmentMade made -> db.sql("""
                            insert into appointments (appointment_id, tenant_id, lead_id, agent_id, starts_at, status,
                                                      booked_at)
                            values ($1, $2, $3, $4, $5, 'BOOKED', $6) on conflict (appointment_id) do nothing""")
                    .bind(0, made.appointmentId()).bind(1, tenant).bind(2, nullable(made.leadId()))
                    .bind(3, made.agentId()).bind(4, made.start()).bind(5, made.at()).then();
            case ReadModelChange.AppointmentMoved moved -> db.sql(
                            "update appointments set starts_at = $2 where appointment_id = $1")
                    .bind(0, moved.appointmentId()).bind(1, moved.start()).then();
            case ReadModelChange.AppointmentStatusSet status -> db.sql(
                            "update appointments set status = $2 where appointment_id = $1")
                    .bind(0, status.appointmentId()).bind(1, status.status()).then();
            case ReadModelChange.UserKnown user -> db.sql("""
                            insert into agents (user_id, tenant_id, role, display_name, active) values ($1, $2, $3, $4, $5)
                            on conflict (user_id) do update
                            set role = excluded.role, display_name = excluded.display_name, active = excluded.active""")
                    .bind(0, user.userId()).bind(1, tenant).bind(2, user.role()).bind(3, user.displayName())
                    .bind(4, user.active()).then();
            case ReadModelChange.LlmUsed usage -> db.sql("""
                            insert into llm_usage_daily (tenant_id, day, provider, model, operation, calls, input_tokens,
                                                         output_tokens, cost_micro_usd)
                            values ($1, $2, $3, $4, $5, 1, $6, $7, $8)
                            on conflict (tenant_id, day, provider, model, operation) do update
                            set calls = llm_usage_daily.calls + 1,
                                input_tokens = llm_usage_daily.input_tokens + excluded.input_tokens,
                                output_tokens = llm_usage_daily.output_tokens + excluded.output_tokens,
                                cost_micro_usd = llm_usage_daily.cost_micro_usd + excluded.cost_micro_usd""")
                    .bind(0, tenant).bind(1, usage.day()).bind(2, usage.provider()).bind(3, usage.model())
                    .bind(4, usage.operation()).bind(5, usage.inputTokens()).bind(6, usage.outputTokens())
                    .bind(7, usage.costMicroUsd()).then()
                    .then(daily(tenant, usage.day(), "llm_calls", 1))
                    .then(daily(tenant, usage.day(), "llm_cost_micro_usd", usage.costMicroUsd()));
            case ReadModelChange.TenantJoined joined -> db.sql("""
                            insert into tenants (tenant_id, slug, name, plan, monthly_price_minor, currency, status,
                                                 registered_at, status_at)
                            values ($1, $2, $3, $4, $5, $6, 'active', $7, $7)
                            on conflict (tenant_id) do update
                            set slug = excluded.slug, name = excluded.name,
                                registered_at = least(coalesce(tenants.registered_at, excluded.registered_at),
                                                      excluded.registered_at),
                                plan = coalesce(tenants.plan, excluded.plan),
                                monthly_price_minor = coalesce(tenants.monthly_price_minor, excluded.monthly_price_minor),
                                currency = coalesce(tenants.currency, excluded.currency)""")
                    .bind(0, tenant).bind(1, joined.slug()).bind(2, joined.name()).bind(3, joined.plan())
                    .bind(4, joined.monthlyPriceMinor()).bind(5, joined.currency()).bind(6, joined.at()).then()
                    .then(history(joined.eventId(), tenant, joined.at(), "registered", joined.plan(),
                            joined.monthlyPriceMinor(), joined.currency(), "active"));
            case ReadModelChange.TenantPlanSet plan -> db.sql("""
                            insert into tenants (tenant_id, plan, monthly_price_minor, currency) values ($1, $2, $3, $4)
                            on conflict (tenant_id) do update
                            set plan = excluded.plan, monthly_price_minor = excluded.monthly_price_minor,
                                currency = excluded.currency""")
                    .bind(0, tenant).bind(1, plan.plan()).bind(2, plan.monthlyPriceMinor()).bind(3, plan.currency())
                    .then()
                    .then(history(plan.eventId(), tenant, plan.at(), "plan", plan.plan(), plan.monthlyPriceMinor(),
                            plan.currency(), null));
            case ReadModelChange.TenantStatusSet status -> db.sql("""
                            insert into tenants (tenant_id, status, status_at) values ($1, $2, $3)
                            on conflict (tenant_id) do update set status = excluded.status, status_at = excluded.status_at
                            where tenants.status_at is null or tenants.status_at <= excluded.status_at""")
                    .bind(0, tenant).bind(1, status.status()).bind(2, status.at()).then()
                    .then(history(status.eventId(), tenant, status.at(), "status", null, null, null, status.status()));
        };
    }

    private Mono<Void> conversationMoved(UUID tenant, ReadModelChange.ConversationMoved moved) {
        Mono<Void> upsert = db.sql("""
                        insert into conversations (conversation_id, tenant_id, channel, chat_id, state, state_at,
                                                   started_at)
                        values ($1, $2, $3, $4, $5, $6, case when $7::boolean then $6::timestamptz end)
                        on conflict (conversation_id) do update
                        set state = case when conversations.state_at <= excluded.state_at then excluded.state
                                         else conversations.state end,
                            state_at = greatest(conversations.state_at, excluded.state_at),
                            started_at = coalesce(conversations.started_at, excluded.started_at)""")
                .bind(0, moved.conversationId()).bind(1, tenant).bind(2, moved.channel().wireName())
                .bind(3, moved.chatId()).bind(4, moved.to()).bind(5, moved.at()).bind(6, moved.from() == null)
                .then();
        if (!"SLOT_FILLING".equals(moved.from()) || "HUMAN_TAKEOVER".equals(moved.to())) {
            return upsert;
        }
        return upsert.then(db.sql("""
                        update conversations set slot_filling_done = true
                        where conversation_id = $1 and not slot_filling_done""")
                .bind(0, moved.conversationId()).fetch().rowsUpdated()
                .flatMap(updated -> updated > 0 ? daily(tenant, moved.at(), "slot_filling_done", 1) : Mono.empty()));
    }

    /** Makes sure the lead has a row, whichever of its events arrives first. */
    /** The assigned agent's first action on the lead since it was assigned (a status change, a takeover, a reply). */
    private Mono<Void> firstAgentAction(UUID leadId, UUID agentId, Instant at) {
        return db.sql("""
                        update leads set first_agent_action_at = $3
                        where lead_id = $1 and agent_id = $2 and first_agent_action_at is null and assigned_at <= $3""")
                .bind(0, leadId).bind(1, agentId).bind(2, at).then();
    }

    private Mono<Void> leadRow(UUID tenant, UUID leadId) {
        return db.sql("insert into leads (lead_id, tenant_id) values ($1, $2) on conflict (lead_id) do nothing")
                .bind(0, leadId).bind(1, tenant).then();
    }

    private Mono<Void> daily(UUID tenant, Instant at, String column, long amount) {
        return daily(tenant, LocalDate.ofInstant(at, ZoneOffset.UTC), column, amount);
    }

    private Mono<Void> daily(UUID tenant, LocalDate day, String column, long amount) {
        return db.sql("insert into tenant_daily (tenant_id, day, " + column + ") values ($1, $2, $3) "
                        + "on conflict (tenant_id, day) do update set " + column + " = tenant_daily." + column
                        + " + excluded." + column)
                .bind(0, tenant).bind(1, day).bind(2, amount).then();
    }

    private Mono<Void> history(UUID eventId, UUID tenant, Instant at, String kind, String plan, Long price,
                               String currency, String status) {
        return db.sql("""
                        insert into tenant_history (event_id, tenant_id, at, kind, plan, monthly_price_minor, currency,
                                                    status)
                        values ($1, $2, $3, $4, $5, $6, $7, $8) on conflict (event_id) do nothing""")
                .bind(0, eventId).bind(1, tenant).bind(2, at).bind(3, kind)
                .bind(4, nullable(plan, String.class)).bind(5, nullable(price, Long.class))
                .bind(6, nullable(currency, String.class)).bind(7, nullable(status, String.class))
                .then();
    }

    private static Object nullable(UUID value) {
        return value == null ? org.springframework.r2dbc.core.Parameter.empty(UUID.class) : value;
    }

    private static Object nullable(Object value, Class<?> type) {
        return value == null ? org.springframework.r2dbc.core.Parameter.empty(type) : value;
    }
}
