-- The local run's demo agency. Applied only when the demo is enabled.
insert into tenants (id, slug, name, status, plan, monthly_price_minor, currency, time_zone)
values ('00000000-0000-4000-8000-00000000de70', 'demo', 'Demo Realty Dubai', 'active', 'growth', 49900, 'USD',
        'Asia/Dubai')
on conflict (id) do nothing;

select set_config('app.tenant_id', '00000000-0000-4000-8000-00000000de70', false);

insert into telegram_settings (tenant_id, bot_token, webhook_secret)
select '00000000-0000-4000-8000-00000000de70', '${demo_telegram_bot_token}', '${demo_telegram_webhook_secret}'
where '${demo_telegram_bot_token}' <> '' and '${demo_telegram_webhook_secret}' <> ''
on conflict (tenant_id) do update
    set bot_token = excluded.bot_token, webhook_secret = excluded.webhook_secret, updated_at = now();

select set_config('app.tenant_id', '', false);
