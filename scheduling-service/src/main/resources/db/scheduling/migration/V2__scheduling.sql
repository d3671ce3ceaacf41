-- GiST support for plain equality (uuid), so one exclusion constraint can say "same agent, overlapping
-- time". A trusted extension: the schema owner creates it with CREATE on the database.
create extension if not exists btree_gist with schema ${flyway:defaultSchema};

-- Each tenant's time zone, from platform.tenants.v1 (tenant.registered).
create table tenant_settings (
    tenant_id  uuid primary key,
    time_zone  text not null,
    changed_at timestamptz not null
);

-- The tenant's users as gateway-service announces them (tenant.user.upserted); agents are bookable.
create table agents (
    tenant_id    uuid not null,
    id           uuid not null,
    display_name text not null,
    role         text not null,
    active       boolean not null,
    -- Appointments a day at most; null means the service's default.
    daily_limit  integer check (daily_limit between 1 and 48),
    changed_at   timestamptz not null,
    primary key (tenant_id, id)
);

-- Recurring weekly hours, in the tenant's local time (ISO day of week, 1 = Monday).
create table weekly_hours (
    tenant_id   uuid not null,
    agent_id    uuid not null,
    day_of_week smallint not null check (day_of_week between 1 and 7),
    start_time  time not null,
    end_time    time not null,
    check (end_time > start_time),
    foreign key (tenant_id, agent_id) references agents (tenant_id, id) on delete cascade
);
create index weekly_hours_agent on weekly_hours (tenant_id, agent_id);

-- Dated changes to the weekly hours, in local time: time off removes hours, extra hours add them.
create table dated_hours (
    tenant_id uuid not null,
    agent_id  uuid not null,
    kind      text not null check (kind in ('time_off', 'extra_hours')),
    starts    timestamp not null,
    ends      timestamp not null,
    note      text,
    check (ends > starts),
    foreign key (tenant_id, agent_id) references agents (tenant_id, id) on delete cascade
);
create index dated_hours_agent on dated_hours (tenant_id, agent_id, starts);

-- Viewings. busy_until is the end plus the buffer the agent needs before the next one; the exclusion
-- constraint keeps [starts_at, busy_until) of one agent's live appointments apart, whatever the
-- application checked before, so two bookings can never overlap.
create table appointments (
    id              uuid primary key,
    tenant_id       uuid not null,
    agent_id        uuid not null,
    lead_id         uuid not null,
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    busy_until      timestamptz not null,
    time_zone       text not null,
    status          text not null
        check (status in ('BOOKED', 'CONFIRMED', 'RESCHEDULED', 'COMPLETED', 'NO_SHOW', 'CANCELLED')),
    status_reason   text,
    idempotency_key text not null,
    booked_start    timestamptz not null,
    channel         text,
    chat_id         text,
    language        text not null,
    sequence        integer not null default 0,
    created_at      timestamptz not null,
    updated_at      timestamptz not null,
    unique (tenant_id, idempotency_key),
    check (ends_at > starts_at and busy_until >= ends_at),
    check ((channel is null) = (chat_id is null)),
    foreign key (tenant_id, agent_id) references agents (tenant_id, id),
    constraint appointments_do_not_overlap exclude using gist (
        tenant_id with =, agent_id with =, tstzrange(starts_at, busy_until, '[)') with &&)
        where (status <> 'CANCELLED')
);
create index appointments_by_start on appointments (tenant_id, starts_at, id);

-- Slots offered to a chat and kept from other chats until expires_at.
create table slot_holds (
    tenant_id  uuid not null,
    agent_id   uuid not null,
    starts_at  timestamptz not null,
    ends_at    timestamptz not null,
    holder     text not null,
    expires_at timestamptz not null
);
create index slot_holds_agent on slot_holds (tenant_id, agent_id, starts_at);
create index slot_holds_holder on slot_holds (tenant_id, holder);

-- Reminders to the lead; sent_at is set in the same transaction that queues the message, once.
create table reminders (
    tenant_id      uuid not null,
    appointment_id uuid not null references appointments (id) on delete cascade,
    minutes_before integer not null check (minutes_before > 0),
    due_at         timestamptz not null,
    message_id     uuid not null,
    sent_at        timestamptz,
    outcome        text check (outcome in ('sent', 'skipped')),
    primary key (appointment_id, minutes_before)
);
create index reminders_due on reminders (due_at) where sent_at is null;

-- Records to publish, written in the transaction that caused them and relayed to Kafka afterwards.
create table outbox (
    id         bigint generated always as identity primary key,
    tenant_id  uuid not null,
    topic      text not null,
    record_key text not null,
    envelope   bytea not null,
    created_at timestamptz not null
);

alter table tenant_settings enable row level security;
alter table tenant_settings force row level security;
create policy tenant_settings_tenant on tenant_settings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table agents enable row level security;
alter table agents force row level security;
create policy agents_tenant on agents
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table weekly_hours enable row level security;
alter table weekly_hours force row level security;
create policy weekly_hours_tenant on weekly_hours
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table dated_hours enable row level security;
alter table dated_hours force row level security;
create policy dated_hours_tenant on dated_hours
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table appointments enable row level security;
alter table appointments force row level security;
create policy appointments_tenant on appointments
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table slot_holds enable row level security;
alter table slot_holds force row level security;
create policy slot_holds_tenant on slot_holds
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- Work queues: a tenant transaction reads and writes only its own rows; outside any tenant (the
-- reminder scan, the outbox relay) rows of every tenant can be found, and the relay deletes what it
-- published. A tenant transaction never sees another tenant's queued work.
alter table reminders enable row level security;
alter table reminders force row level security;
create policy reminders_tenant on reminders
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy reminders_due_scan on reminders for select
    using (current_tenant() is null);

alter table outbox enable row level security;
alter table outbox force row level security;
create policy outbox_append on outbox for insert
    with check (tenant_id = current_tenant());
create policy outbox_relay_read on outbox for select
    using (current_tenant() is null);
create policy outbox_relay_delete on outbox for delete
    using (current_tenant() is null);

grant select, insert, update, delete
    on tenant_settings, agents, weekly_hours, dated_hours, appointments, slot_holds, reminders
    to ${app_role};
grant select, insert, delete on outbox to ${app_role};
