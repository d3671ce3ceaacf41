-- The local run's demo agency. Applied only when the demo is enabled. Its users and channel secrets
-- are seeded by the service at start (DemoSeed): passwords are hashed and secrets encrypted there.
insert into tenants (id, slug, name, status, plan, monthly_price_minor, currency, time_zone)
values ('00000000-0000-4000-8000-00000000de70', 'demo', 'Demo Realty Dubai', 'active', 'growth', 49900, 'USD',
        'Asia/Dubai')
on conflict (id) do nothing;

select set_config('app.tenant_id', '00000000-0000-4000-8000-00000000de70', false);

-- The widget may be embedded anywhere on the local machine.
insert into webchat_settings (tenant_id, allowed_origins)
values ('00000000-0000-4000-8000-00000000de70', array['http://localhost:*', 'http://127.0.0.1:*'])
on conflict (tenant_id) do nothing;

select set_config('app.tenant_id', '', false);
