-- The tenant a transaction works for, or null when none is set: every policy compares with this.
create function current_tenant() returns uuid
    language sql stable
    as $$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

grant usage on schema ${flyway:defaultSchema} to ${app_role};
grant execute on function current_tenant() to ${app_role};
