-- The tenant a transaction works for, or null when none is set: every policy compares with this.
create function current_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- The registry of agencies. Not tenant data: webhooks look tenants up by slug before any tenant is
-- known, so it is readable by the service; only platform endpoints change it.
create table tenants (
    id                  uuid primary key,
    slug                text not null unique check (slug ~ '^[a-z0-9][a-z0-9-]{1,40}$'),
    name                text not null,
    status              text not null default 'active' check (status in ('active', 'suspended')),
    plan                text not null,
    monthly_price_minor bigint not null check (monthly_price_minor >= 0),
    currency            text not null,
    time_zone           text not null,
    created_at          timestamptz not null default now()
);

create table telegram_settings (
    tenant_id      uuid primary key references tenants (id),
    bot_token      text not null,
    webhook_secret text not null,
    updated_at     timestamptz not null default now()
);

alter table telegram_settings enable row level security;
alter table telegram_settings force row level security;
create policy telegram_settings_tenant on telegram_settings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

grant usage on schema ${flyway:defaultSchema} to ${app_role};
grant execute on function current_tenant() to ${app_role};
grant select, insert, update on tenants to ${app_role};
grant select, insert, update, delete on telegram_settings to ${app_role};
