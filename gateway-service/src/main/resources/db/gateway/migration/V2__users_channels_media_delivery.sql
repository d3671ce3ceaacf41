-- Users and sessions, WhatsApp and web chat settings, encrypted channel secrets, stored media,
-- delivery state, and the outbox of platform.tenants.v1.
--
-- Platform-wide lookups that must run before a tenant is known (login by e-mail, the tenant behind a
-- WhatsApp number, the bots to poll) go through the security-definer functions at the end of this
-- script. They run as the schema owner, which alone has an unrestricted policy on those tables; the
-- application role has none and sees tenant rows only inside its own tenant's transactions.

-- Telegram secrets were kept in clear text; they are now encrypted by the service (AES-GCM). The old
-- values cannot be converted here, so they are dropped and must be entered again (the local run seeds
-- them from the environment at start).
delete from telegram_settings;
alter table telegram_settings
    drop column bot_token,
    drop column webhook_secret,
    add column bot_token_enc      text not null,
    add column webhook_secret_enc text not null,
    add column bot_username       text;

create policy telegram_settings_owner on telegram_settings to current_user using (true) with check (true);

create table whatsapp_settings (
    tenant_id         uuid primary key references tenants (id),
    phone_number_id   text not null unique check (phone_number_id ~ '^[0-9]{5,32}$'),
    access_token_enc  text not null,
    -- The tenant's own Meta app, when it does not use the platform's.
    app_secret_enc    text,
    -- The approved template sent instead of free text outside the 24-hour window.
    template_name     text check (template_name ~ '^[a-z0-9_]+$' and length(template_name) <= 512),
    template_language text check (template_language ~ '^[A-Za-z]{2,3}(_[A-Za-z0-9]{2,8})?$'),
    updated_at        timestamptz not null default now()
);
alter table whatsapp_settings enable row level security;
alter table whatsapp_settings force row level security;
create policy whatsapp_settings_tenant on whatsapp_settings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy whatsapp_settings_owner on whatsapp_settings to current_user using (true) with check (true);

create table webchat_settings (
    tenant_id       uuid primary key references tenants (id),
    -- Origins allowed to embed the widget; '*' allows any, 'https://*.example.com' a pattern.
    allowed_origins text[] not null default '{}',
    updated_at      timestamptz not null default now()
);
alter table webchat_settings enable row level security;
alter table webchat_settings force row level security;
create policy webchat_settings_tenant on webchat_settings
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

create table users (
    id            uuid primary key,
    -- Null only for the platform's owners (super admins), who belong to no agency.
    tenant_id     uuid references tenants (id),
    email         text not null check (email = lower(email) and length(email) <= 254),
    password_hash text not null,
    role          text not null check (role in ('super_admin', 'tenant_admin', 'agent')),
    display_name  text not null check (length(display_name) between 1 and 120),
    active        boolean not null default true,
    created_at    timestamptz not null default now(),
    updated_at    timestamptz not null default now(),
    check ((role = 'super_admin') = (tenant_id is null))
);
create unique index users_email on users (email);
create index users_tenant on users (tenant_id, created_at, id);
alter table users enable row level security;
alter table users force row level security;
create policy users_tenant on users
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy users_owner on users to current_user using (true) with check (true);

-- Refresh tokens are found by the hash of the secret the client holds, before any tenant is known;
-- a row names no person and is useless without that secret.
create table refresh_tokens (
    token_hash  bytea primary key,
    family_id   uuid not null,
    user_id     uuid not null references users (id),
    issued_at   timestamptz not null,
    expires_at  timestamptz not null,
    rotated_at  timestamptz,
    revoked_at  timestamptz
);
create index refresh_tokens_family on refresh_tokens (family_id);
create index refresh_tokens_user on refresh_tokens (user_id);
create index refresh_tokens_expiry on refresh_tokens (expires_at);

-- Files received from channels; records carry media:<tenant>/<id> only.
create table media (
    tenant_id  uuid not null references tenants (id),
    id         uuid not null,
    -- The channel's name for the file (telegram-file:<id>, whatsapp-media:<id>), to fetch it once.
    source     text,
    mime_type  text not null,
    file_name  text,
    size_bytes bigint not null check (size_bytes >= 0),
    sha256     bytea not null,
    content    bytea not null,
    created_at timestamptz not null default now(),
    primary key (tenant_id, id)
);
create unique index media_source on media (tenant_id, source) where source is not null;
create index media_created on media (created_at);
alter table media enable row level security;
alter table media force row level security;
create policy media_tenant on media
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());
create policy media_owner on media to current_user using (true) with check (true);

-- One row per outbound message (chat.outbound.v1 messageId): where it stands.
create table deliveries (
    tenant_id    uuid not null references tenants (id),
    message_id   uuid not null,
    channel      text not null,
    chat_id      text not null,
    status       text not null check (status in ('pending', 'sent', 'failed', 'blocked', 'unreachable',
                                                 'dead_lettered', 'template_sent')),
    parts_sent   integer not null default 0,
    attempts     integer not null default 0,
    error_code   text,
    error_detail text,
    created_at   timestamptz not null default now(),
    updated_at   timestamptz not null default now(),
    primary key (tenant_id, message_id)
);
alter table deliveries enable row level security;
alter table deliveries force row level security;
create policy deliveries_tenant on deliveries
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- Each message the channel accepted for a delivery, with the channel's own status reports.
create table delivery_parts (
    tenant_id          uuid not null,
    channel            text not null,
    channel_message_id text not null,
    message_id         uuid not null,
    part               integer not null,
    kind               text not null check (kind in ('text', 'interactive', 'document', 'template')),
    status             text not null check (status in ('sent', 'delivered', 'read', 'failed')),
    error_code         text,
    updated_at         timestamptz not null default now(),
    primary key (tenant_id, channel, channel_message_id),
    foreign key (tenant_id, message_id) references deliveries (tenant_id, message_id)
);
create index delivery_parts_message on delivery_parts (tenant_id, message_id, part);
alter table delivery_parts enable row level security;
alter table delivery_parts force row level security;
create policy delivery_parts_tenant on delivery_parts
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- Chats the platform must not write to (the user blocked the bot); cleared when the user returns.
create table unreachable_chats (
    tenant_id uuid not null references tenants (id),
    channel   text not null,
    chat_id   text not null,
    reason    text not null,
    since     timestamptz not null default now(),
    primary key (tenant_id, channel, chat_id)
);
alter table unreachable_chats enable row level security;
alter table unreachable_chats force row level security;
create policy unreachable_chats_tenant on unreachable_chats
    using (tenant_id = current_tenant()) with check (tenant_id = current_tenant());

-- Events for platform.tenants.v1, written in the transaction of the change they describe and
-- published by the relay afterwards (at least once, in id order).
create table outbox (
    id           bigserial primary key,
    topic        text not null,
    record_key   text not null,
    envelope     bytea not null,
    created_at   timestamptz not null default now(),
    published_at timestamptz
);
create index outbox_pending on outbox (id) where published_at is null;

-- The account behind a login, with its agency's status.
create function login_account(p_email text)
    returns table (id uuid, tenant_id uuid, password_hash text, role text, display_name text, active boolean,
                   tenant_status text)
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
        select u.id, u.tenant_id, u.password_hash, u.role, u.display_name, u.active, t.status
        from users u left join tenants t on t.id = u.tenant_id
        where u.email = lower(p_email)
    $$;

-- The account a refresh token belongs to.
create function session_account(p_user_id uuid)
    returns table (id uuid, tenant_id uuid, role text, active boolean, tenant_status text)
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
        select u.id, u.tenant_id, u.role, u.active, t.status
        from users u left join tenants t on t.id = u.tenant_id
        where u.id = p_user_id
    $$;

-- Creates or updates a platform owner (super admin).
create function upsert_platform_owner(p_id uuid, p_email text, p_password_hash text, p_display_name text)
    returns void
    language sql volatile security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
        insert into users (id, tenant_id, email, password_hash, role, display_name)
        values (p_id, null, lower(p_email), p_password_hash, 'super_admin', p_display_name)
        on conflict (id) do update
            set email = excluded.email, password_hash = excluded.password_hash,
                display_name = excluded.display_name, active = true, updated_at = now()
    $$;

-- The tenant that owns a WhatsApp business phone number.
create function whatsapp_number_tenant(p_phone_number_id text)
    returns uuid
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$ select tenant_id from whatsapp_settings where phone_number_id = p_phone_number_id $$;

-- Active tenants with a Telegram bot.
create function telegram_bot_tenants()
    returns setof uuid
    language sql stable security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
        select s.tenant_id from telegram_settings s join tenants t on t.id = s.tenant_id where t.status = 'active'
    $$;

-- Removes stored media older than the retention period, across tenants; returns how many.
create function purge_media(p_before timestamptz)
    returns bigint
    language sql volatile security definer
    set search_path = ${flyway:defaultSchema}, pg_temp
    as $$
        with gone as (delete from media where created_at < p_before returning 1) select count(*) from gone
    $$;

revoke execute on function login_account(text), session_account(uuid),
    upsert_platform_owner(uuid, text, text, text), whatsapp_number_tenant(text), telegram_bot_tenants(),
    purge_media(timestamptz) from public;
grant execute on function login_account(text), session_account(uuid),
    upsert_platform_owner(uuid, text, text, text), whatsapp_number_tenant(text), telegram_bot_tenants(),
    purge_media(timestamptz) to ${app_role};

grant select, insert, update, delete on whatsapp_settings, webchat_settings, users, media, deliveries,
    delivery_parts, unreachable_chats to ${app_role};
grant select, insert, update, delete on refresh_tokens to ${app_role};
grant select, insert, update on outbox to ${app_role};
grant usage on sequence outbox_id_seq to ${app_role};
