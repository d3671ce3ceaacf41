-- A tenant's knowledge base: FAQ entries, each worded in one or more of the platform's languages.
create table knowledge_entries (
    id         uuid primary key,
    tenant_id  uuid not null,
    topic      text check (topic is null or length(topic) between 1 and 100),
    created_at timestamptz not null default now(),
    updated_at timestamptz not null default now(),
    unique (id, tenant_id)
);
create index knowledge_entries_by_tenant on knowledge_entries (tenant_id, created_at, id);

create table knowledge_translations (
    entry_id  uuid not null,
    tenant_id uuid not null,
    language  text not null check (language in ('fa', 'ar', 'en', 'ru')),
    question  text not null check (length(question) between 1 and 500),
    answer    text not null check (length(answer) between 1 and 4000),
    primary key (entry_id, language),
    foreign key (entry_id, tenant_id) references knowledge_entries (id, tenant_id) on delete cascade
);

-- Moves on with every change to a tenant's entries, so each instance of the service can tell before
-- answering whether the search index it holds for the tenant is still current.
create table knowledge_versions (
    tenant_id uuid primary key,
    version   bigint not null
);

create function bump_knowledge_version() returns trigger
    language plpgsql
    as $$
declare
    changed uuid;
begin
    if tg_op = 'DELETE' then
        changed := old.tenant_id;
    else
        changed := new.tenant_id;
    end if;
    insert into knowledge_versions (tenant_id, version) values (changed, 1)
    on conflict (tenant_id) do update set version = knowledge_versions.version + 1;
    return null;
end
$$;

create trigger knowledge_entries_changed after insert or update or delete on knowledge_entries
    for each row execute function bump_knowledge_version();
create trigger knowledge_translations_changed after insert or update or delete on knowledge_translations
    for each row execute function bump_knowledge_version();

alter table knowledge_entries enable row level security;
alter table knowledge_entries force row level security;
create policy knowledge_entries_tenant on knowledge_entries
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table knowledge_translations enable row level security;
alter table knowledge_translations force row level security;
create policy knowledge_translations_tenant on knowledge_translations
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

alter table knowledge_versions enable row level security;
alter table knowledge_versions force row level security;
create policy knowledge_versions_tenant on knowledge_versions
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

grant select, insert, update, delete on knowledge_entries to ${app_role};
grant select, insert, update, delete on knowledge_translations to ${app_role};
grant select, insert, update on knowledge_versions to ${app_role};
grant execute on function bump_knowledge_version() to ${app_role};
