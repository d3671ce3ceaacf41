-- Read models built from the event topics. Everything here can be thrown away and rebuilt by
-- re-reading the topics from the beginning (reset_read_models() below, then a new consumer group).

-- Events already applied, so a redelivered event changes nothing (idempotency key: the event id).
create table applied_events (
    event_id   uuid primary key,
    tenant_id  uuid not null,
    applied_at timestamptz not null default now()
);

-- One row per lead: when it reached each funnel stage (null: not yet), its agent and sales status.
create table leads (
    lead_id               uuid primary key,
    tenant_id             uuid not null,
    channel               text,
    chat_id               text,
    language              text,
    language_revision     bigint not null default -1,
    started_at            timestamptz,
    qualified_at          timestamptz,
    phone_captured_at     timestamptz,
    viewing_booked_at     timestamptz,
    completed_at          timestamptz,
    agent_id              uuid,
    assigned_at           timestamptz,
    first_agent_action_at timestamptz,
    status                text,
    status_at             timestamptz
);
create index leads_started on leads (tenant_id, started_at);
create index leads_agent on leads (tenant_id, agent_id);

-- One row per conversation: its latest state, and whether slot filling is behind it.
create table conversations (
    conversation_id   uuid primary key,
    tenant_id         uuid not null,
    channel           text not null,
    chat_id           text,
    state             text not null,
    state_at          timestamptz not null,
    started_at        timestamptz,
    slot_filling_done boolean not null default false
);
create index conversations_started on conversations (tenant_id, started_at);

-- How long each slot took to fill.
create table slot_timings (
    event_id        uuid primary key,
    tenant_id       uuid not null,
    conversation_id uuid not null,
    slot            text not null,
    elapsed_ms      bigint not null,
    at              timestamptz not null
);
create index slot_timings_conversation on slot_timings (tenant_id, conversation_id);

-- First message in and first reply out of each chat: the time to first reply.
create table chats (
    tenant_id        uuid not null,
    channel          text not null,
    chat_id          text not null,
    first_inbound_at timestamptz,
    first_reply_at   timestamptz,
    primary key (tenant_id, channel, chat_id)
);

create table appointments (
    appointment_id uuid primary key,
    tenant_id      uuid not null,
    lead_id        uuid,
    agent_id       uuid not null,
    starts_at      timestamptz not null,
    status         text not null,
    booked_at      timestamptz not null
);
create index appointments_agent on appointments (tenant_id, agent_id);

-- The agency's users as platform.tenants.v1 tells them: names for the leaderboard.
create table agents (
    user_id      uuid primary key,
    tenant_id    uuid not null,
    role         text not null,
    display_name text not null,
    active       boolean not null
);

-- Language model usage per day, provider, model and operation.
create table llm_usage_daily (
    tenant_id      uuid not null,
    day            date not null,
    provider       text not null,
    model          text not null,
    operation      text not null,
    calls          bigint not null default 0,
    input_tokens   bigint not null default 0,
    output_tokens  bigint not null default 0,
    cost_micro_usd bigint not null default 0,
    primary key (tenant_id, day, provider, model, operation)
);

do $$
declare
    t text;
begin
    foreach t in array array['applied_events', 'leads', 'conversations', 'slot_timings', 'chats', 'appointments',
                             'agents', 'llm_usage_daily']
    loop
        execute format('alter table %I enable row level security', t);
        execute format('alter table %I force row level security', t);
        execute format('create policy %I on %I using (tenant_id = current_tenant()) '
                       'with check (tenant_id = current_tenant())', t || '_tenant', t);
    end loop;
end $$;

-- Platform read models: not tenant data, reached only by super-admin endpoints and the metrics job.
-- They hold counts and plans, no personal data.
create table tenants (
    tenant_id           uuid primary key,
    slug                text,
    name                text,
    plan                text,
    monthly_price_minor bigint,
    currency            text,
    status              text not null default 'active',
    registered_at       timestamptz,
    status_at           timestamptz
);

-- Every registration, plan change and status change, for MRR over time, growth and churn.
create table tenant_history (
    event_id            uuid primary key,
    tenant_id           uuid not null,
    at                  timestamptz not null,
    kind                text not null check (kind in ('registered', 'plan', 'status')),
    plan                text,
    monthly_price_minor bigint,
    currency            text,
    status              text
);
create index tenant_history_tenant on tenant_history (tenant_id, at);

-- Per tenant and day (of the event): funnel counts, slot filling time and language model cost.
create table tenant_daily (
    tenant_id               uuid not null,
    day                     date not null,
    leads_started           bigint not null default 0,
    leads_qualified         bigint not null default 0,
    phones_captured         bigint not null default 0,
    viewings_booked         bigint not null default 0,
    conversations_completed bigint not null default 0,
    slot_filling_ms         bigint not null default 0,
    slot_filling_done       bigint not null default 0,
    llm_calls               bigint not null default 0,
    llm_cost_micro_usd      bigint not null default 0,
    primary key (tenant_id, day)
);

-- Empties every read model, for a rebuild from the topics. Runs as the schema owner: truncate is the
-- only way to clear tables under forced row-level security for all tenants at once.
create function reset_read_models() returns void
    language plpgsql security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
begin
    truncate applied_events, leads, conversations, slot_timings, chats, appointments, agents, llm_usage_daily,
        tenants, tenant_history, tenant_daily;
end $$;

revoke all on function reset_read_models() from public;
grant execute on function reset_read_models() to ${app_role};
grant select, insert, update, delete on applied_events, leads, conversations, slot_timings, chats, appointments,
    agents, llm_usage_daily, tenants, tenant_history, tenant_daily to ${app_role};
