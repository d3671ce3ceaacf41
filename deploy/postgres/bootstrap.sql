-- Run once as a PostgreSQL administrator, e.g.
--   psql "$ADMIN_URL" -v db=artin -v owner_password=... -v app_password=... -f bootstrap.sql
-- Creates, per service, a schema owned by <schema>_owner (used by Flyway) and an application role
-- <schema>_app (used at run time) that is neither superuser, owner nor BYPASSRLS.
\set ON_ERROR_STOP on

select format('create role %I login nosuperuser nobypassrls nocreatedb nocreaterole password %L', r, p)
from (values
    ('gateway_owner', :'owner_password'), ('gateway_app', :'app_password'),
    ('conversation_owner', :'owner_password'), ('conversation_app', :'app_password'),
    ('ai_owner', :'owner_password'), ('ai_app', :'app_password'),
    ('lead_owner', :'owner_password'), ('lead_app', :'app_password'),
    ('scheduling_owner', :'owner_password'), ('scheduling_app', :'app_password'),
    ('analytics_owner', :'owner_password'), ('analytics_app', :'app_password')) as roles (r, p)
where not exists (select 1 from pg_roles where rolname = r)
\gexec

select format('grant connect on database %I to %I', :'db', r)
from unnest(array['gateway', 'conversation', 'ai', 'lead', 'scheduling', 'analytics']) as s,
     lateral (values (s || '_owner'), (s || '_app')) as roles (r)
\gexec

select format('create schema if not exists %I authorization %I', s, s || '_owner')
from unnest(array['gateway', 'conversation', 'ai', 'lead', 'scheduling', 'analytics']) as s
\gexec

-- Lets each owner's migrations grant on its objects to its application role.
select format('grant %I to %I', s || '_app', s || '_owner')
from unnest(array['gateway', 'conversation', 'ai', 'lead', 'scheduling', 'analytics']) as s
\gexec

-- scheduling's migrations create the trusted extension btree_gist in their schema (its exclusion
-- constraint); that takes CREATE on the database. No other owner needs it.
select format('grant create on database %I to scheduling_owner', :'db')
\gexec
