-- A lead with its agent's name, as every lead read shows it. security_invoker: the reader's row-level
-- security applies, not the view owner's.
create view lead_views with (security_invoker = true) as
    select l.*, a.display_name as agent_name
    from leads l
    left join agents a on a.tenant_id = l.tenant_id and a.user_id = l.assigned_agent_id;

-- A lead by id in one statement that sets the tenant itself: one round trip instead of begin,
-- set_config, select and commit for the hottest single read. The setting is local to the statement's
-- transaction, so a pooled connection keeps no tenant afterwards. Inside a transaction already set for
-- another tenant it refuses, rather than switch that transaction's tenant.
create function lead_in_tenant(p_tenant uuid, p_id uuid) returns setof lead_views
    language plpgsql volatile
    as $$
begin
    if p_tenant is null then
        raise exception 'lead_in_tenant needs a tenant';
    end if;
    if current_tenant() is not null and current_tenant() <> p_tenant then
        raise exception 'lead_in_tenant for another tenant than the transaction''s';
    end if;
    perform set_config('app.tenant_id', p_tenant::text, true);
    return query select * from lead_views where id = p_id;
end
$$;

grant select on lead_views to ${app_role};
grant execute on function lead_in_tenant(uuid, uuid) to ${app_role};
