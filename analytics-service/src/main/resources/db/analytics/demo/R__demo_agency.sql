-- The local run's demo agency as the platform read models know it: its plan (for MRR) and its users
-- (for the leaderboard). Applied only when the demo is enabled; events on platform.tenants.v1 about
-- the same tenant and users update these rows.
insert into tenants (tenant_id, slug, name, plan, monthly_price_minor, currency, status, registered_at, status_at)
values ('00000000-0000-4000-8000-00000000de70', 'demo', 'Demo Realty Dubai', 'growth', 49900, 'USD', 'active',
        now(), now())
on conflict (tenant_id) do nothing;

insert into tenant_history (event_id, tenant_id, at, kind, plan, monthly_price_minor, currency, status)
values ('00000000-0000-4000-8000-0000000de701', '00000000-0000-4000-8000-00000000de70', now(), 'registered',
        'growth', 49900, 'USD', 'active')
on conflict (event_id) do nothing;

select set_config('app.tenant_id', '00000000-0000-4000-8000-00000000de70', false);

insert into agents (user_id, tenant_id, role, display_name, active)
values ('00000000-0000-4000-8000-0000000000a1', '00000000-0000-4000-8000-00000000de70', 'tenant_admin',
        'Demo Admin', true),
       ('00000000-0000-4000-8000-0000000000b1', '00000000-0000-4000-8000-00000000de70', 'agent', 'Agent One', true),
       ('00000000-0000-4000-8000-0000000000b2', '00000000-0000-4000-8000-00000000de70', 'agent', 'Agent Two', true)
on conflict (user_id) do nothing;

select set_config('app.tenant_id', '', false);
