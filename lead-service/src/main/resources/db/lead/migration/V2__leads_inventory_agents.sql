-- Leads: one row per conversation (the lead id is the conversation id of the lead events).
create table leads (
    id                       uuid primary key,
    tenant_id                uuid not null,
    channel                  text,
    chat_id                  text,
    display_name             text,
    phone                    text,
    language                 text not null default 'en',
    source                   text,
    goal                     text,
    budget_min               bigint,
    budget_max               bigint,
    currency                 text,
    property_type            text,
    transaction              text,
    area                     text,
    bedrooms                 integer,
    voice_transcript         text,
    -- The highest conversation revision applied per fact, so an older fact never overwrites a newer one.
    profile_revision         bigint not null default -1,
    phone_revision           bigint not null default -1,
    language_revision        bigint not null default -1,
    voice_revision           bigint not null default -1,
    status                   text not null,
    assigned_agent_id        uuid,
    score                    integer not null default 0,
    score_factors            jsonb not null default '[]',
    appointment_requested_at timestamptz,
    conversation_completed_at timestamptz,
    voice_notes              integer not null default 0,
    last_activity_at         timestamptz not null,
    created_at               timestamptz not null,
    updated_at               timestamptz not null,
    erased_at                timestamptz,
    version                  bigint not null default 0
);

-- Keyset pages, newest first, per tenant and per common filter.
create index leads_page on leads (tenant_id, created_at desc, id desc);
create index leads_by_status on leads (tenant_id, status, created_at desc, id desc);
create index leads_by_agent on leads (tenant_id, assigned_agent_id, created_at desc, id desc);
create index leads_by_chat on leads (tenant_id, channel, chat_id);

-- Who moved a lead in its lifecycle, when, and why.
create table lead_status_history (
    id          uuid primary key,
    tenant_id   uuid not null,
    lead_id     uuid not null references leads (id) on delete cascade,
    from_status text,
    to_status   text not null,
    changed_by  uuid,
    cause       text not null,
    reason      text,
    changed_at  timestamptz not null
);
create index lead_status_history_by_lead on lead_status_history (tenant_id, lead_id, changed_at);

create table lead_notes (
    id         uuid primary key,
    tenant_id  uuid not null,
    lead_id    uuid not null references leads (id) on delete cascade,
    author_id  uuid,
    body       text not null,
    created_at timestamptz not null
);
create index lead_notes_by_lead on lead_notes (tenant_id, lead_id, created_at);

-- Event ids already applied: consumers apply each event once.
create table processed_events (
    tenant_id    uuid not null,
    event_id     uuid not null,
    processed_at timestamptz not null,
    primary key (tenant_id, event_id)
);

-- The tenant's users that can own leads, kept from platform.tenants.v1.
create table agents (
    tenant_id    uuid not null,
    user_id      uuid not null,
    display_name text not null,
    role         text not null,
    active       boolean not null,
    updated_at   timestamptz not null,
    primary key (tenant_id, user_id)
);

-- Per-tenant settings; a tenant without a row gets the defaults of lead-service's configuration.
create table lead_settings (
    tenant_id           uuid primary key,
    assignment_strategy text not null,
    appreciation_pct    numeric(5, 2) not null,
    agency_name         text,
    agency_phone        text,
    agency_email        text,
    agency_website      text,
    last_assigned_agent uuid,
    updated_at          timestamptz not null
);

-- The agency's inventory.
create table listings (
    id                  uuid primary key,
    tenant_id           uuid not null,
    reference           text not null,
    type                text not null,
    transaction         text not null,
    price               bigint not null check (price > 0),
    currency            text not null,
    bedrooms            integer,
    size_sqft           integer,
    community           text not null,
    titles              jsonb not null,
    descriptions        jsonb not null default '{}',
    photos              jsonb not null default '[]',
    expected_annual_rent bigint,
    annual_service_charges bigint,
    handover_date       date,
    residency_eligible  boolean not null default false,
    active              boolean not null default true,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    unique (tenant_id, reference)
);
create index listings_for_matching on listings (tenant_id, active, transaction, price);

-- Events to publish, written in the transaction of the change they describe; deleted once published.
create table outbox (
    event_id   uuid primary key,
    tenant_id  uuid not null,
    topic      text not null,
    record_key text not null,
    envelope   bytea not null,
    created_at timestamptz not null
);
create index outbox_by_tenant on outbox (tenant_id, created_at);

-- Which tenants have unpublished events: ids only, no tenant data, so the relay can find them
-- without reading across tenants.
create table outbox_pending (
    event_id   uuid primary key,
    tenant_id  uuid not null,
    created_at timestamptz not null
);

alter table leads enable row level security;
alter table leads force row level security;
create policy leads_tenant on leads
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table lead_status_history enable row level security;
alter table lead_status_history force row level security;
create policy lead_status_history_tenant on lead_status_history
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table lead_notes enable row level security;
alter table lead_notes force row level security;
create policy lead_notes_tenant on lead_notes
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table processed_events enable row level security;
alter table processed_events force row level security;
create policy processed_events_tenant on processed_events
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table agents enable row level security;
alter table agents force row level security;
create policy agents_tenant on agents
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table lead_settings enable row level security;
alter table lead_settings force row level security;
create policy lead_settings_tenant on lead_settings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table listings enable row level security;
alter table listings force row level security;
create policy listings_tenant on listings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table outbox enable row level security;
alter table outbox force row level security;
create policy outbox_tenant on outbox
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

grant select, insert, update, delete on leads, lead_status_history, lead_notes, processed_events, agents,
    lead_settings, listings, outbox to ${app_role};
grant select, insert, delete on outbox_pending to ${app_role};
