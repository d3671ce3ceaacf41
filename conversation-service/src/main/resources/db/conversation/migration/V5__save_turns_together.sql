-- Several turns saved by one statement (group commit, ADR 19): while one write is on its way, the
-- turns finished meanwhile wait and go together in the next. Each turn is saved by save_turn with its
-- own tenant set for it (the turns of one statement may belong to different tenants; row-level
-- security applies to each as to a statement of its own), and each gets save_turn's answer: 1 saved,
-- 0 not at the revision it started from, 2 its message had its turn before. A statement inside a
-- transaction that already has a tenant is refused.
--
-- p_turns: a JSON array of objects with save_turn's parameters, named without their p_ prefix.
create function save_turns(p_turns jsonb) returns table (turn integer, saved integer)
    language plpgsql volatile
    as $$
declare
    t record;
begin
    if current_tenant() is not null then
        raise exception 'save_turns inside a transaction for a tenant';
    end if;
    turn := 0;
    for t in select * from jsonb_to_recordset(p_turns) as x(
            tenant uuid, id uuid, channel text, chat_id text, stage text, state jsonb, recent jsonb,
            revision bigint, previous_revision bigint, at timestamptz, language text, taken_over_by uuid,
            channel_message_id text, inbound jsonb, events jsonb, outbox jsonb)
    loop
        perform set_config('app.tenant_id', '', true);
        saved := save_turn(t.tenant, t.id, t.channel, t.chat_id, t.stage, t.state, t.recent, t.revision,
                           t.previous_revision, t.at, t.language, t.taken_over_by, t.channel_message_id,
                           t.inbound, t.events, t.outbox);
        return next;
        turn := turn + 1;
    end loop;
    perform set_config('app.tenant_id', '', true);
end
$$;

grant execute on function save_turns(jsonb) to ${app_role};
