-- What the dashboard lists and filters by, and what caused each turn (for the transcript).
alter table conversations add column language text;
alter table conversations add column taken_over_by uuid;
alter table conversations add column created_at timestamptz;
update conversations set language = coalesce(state ->> 'language', 'en'), created_at = updated_at;
alter table conversations alter column language set not null;
alter table conversations alter column created_at set not null;

alter table conversation_turns add column inbound jsonb;

-- The dashboard's list: a tenant's conversations, most recently active first (keyset pagination).
create index conversations_recent on conversations (tenant_id, updated_at desc, id desc);
