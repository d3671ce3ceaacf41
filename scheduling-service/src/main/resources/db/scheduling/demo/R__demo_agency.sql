-- The local run's demo agency (DemoAgency in platform-support): its time zone, its two agents and their
-- office hours in Dubai time. Applied only when the demo is enabled. Rows are seeded once and never
-- overwritten, so changes made in the dashboard survive restarts; the gateway's later announcements of
-- the same users (changed_at is older than any of them) win.
select set_config('app.tenant_id', '00000000-0000-4000-8000-00000000de70', false);

insert into tenant_settings (tenant_id, time_zone, changed_at)
values ('00000000-0000-4000-8000-00000000de70', 'Asia/Dubai', '2026-01-01T00:00:00Z')
on conflict (tenant_id) do nothing;

insert into agents (tenant_id, id, display_name, role, active, changed_at)
values ('00000000-0000-4000-8000-00000000de70', '00000000-0000-4000-8000-0000000000b1', 'Sara Karimi', 'agent',
        true, '2026-01-01T00:00:00Z'),
       ('00000000-0000-4000-8000-00000000de70', '00000000-0000-4000-8000-0000000000b2', 'Omar Haddad', 'agent',
        true, '2026-01-01T00:00:00Z')
on conflict (tenant_id, id) do nothing;

-- Sara Karimi: Monday to Saturday, 09:00-13:00 and 14:00-18:00.
insert into weekly_hours (tenant_id, agent_id, day_of_week, start_time, end_time)
select '00000000-0000-4000-8000-00000000de70', '00000000-0000-4000-8000-0000000000b1', day, hours.starts, hours.ends
from generate_series(1, 6) as day,
     (values (time '09:00', time '13:00'), (time '14:00', time '18:00')) as hours (starts, ends)
where not exists (select 1 from weekly_hours
                  where tenant_id = '00000000-0000-4000-8000-00000000de70'
                    and agent_id = '00000000-0000-4000-8000-0000000000b1');

-- Omar Haddad: Sunday to Thursday, 10:00-19:00.
insert into weekly_hours (tenant_id, agent_id, day_of_week, start_time, end_time)
select '00000000-0000-4000-8000-00000000de70', '00000000-0000-4000-8000-0000000000b2', day, time '10:00',
       time '19:00'
from unnest(array[7, 1, 2, 3, 4]) as day
where not exists (select 1 from weekly_hours
                  where tenant_id = '00000000-0000-4000-8000-00000000de70'
                    and agent_id = '00000000-0000-4000-8000-0000000000b2');

select set_config('app.tenant_id', '', false);
