create function current_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The latest state of each chat's conversation (the cache in Redis mirrors it).
create table conversations (
    id                 uuid primary key,
    tenant_id          uuid not null,
    channel            text not null,
    chat_id            text not null,
    stage              text not null,
    state              jsonb not null,
    recent_message_ids jsonb not null,
    revision           bigint not null,
    updated_at         timestamptz not null,
    unique (tenant_id, channel, chat_id)
);

-- The event log: one row per processed inbound message, with the records it published.
create table conversation_turns (
    conversation_id    uuid not null references conversations (id),
    revision           bigint not null,
    tenant_id          uuid not null,
    channel_message_id text not null,
    events             jsonb not null,
    outbox             jsonb not null,
    created_at         timestamptz not null,
    primary key (conversation_id, revision),
    unique (conversation_id, channel_message_id)
);

alter table conversations enable row level security;
alter table conversations force row level security;
create policy conversations_tenant on conversations
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table conversation_turns enable row level security;
alter table conversation_turns force row level security;
create policy conversation_turns_tenant on conversation_turns
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

grant usage on schema ${flyway:defaultSchema} to ${app_role};
grant execute on function current_tenant() to ${app_role};
grant select, insert, update, delete on conversations, conversation_turns to ${app_role};
