-- A message that already had its turn is recognised by save_turn itself (returns 2, writes nothing),
-- not only by the short list of recent message ids the conversation carries: a message redelivered
-- long after, behind many newer ones, gets its turn's records republished instead of failing on the
-- unique (conversation_id, channel_message_id) and being dead-lettered.
--
-- Returns 1 when saved, 0 when the conversation was not where the turn started from, 2 when the
-- message was processed before; nothing is written unless 1.
create or replace function save_turn(
    p_tenant uuid, p_id uuid, p_channel text, p_chat_id text, p_stage text, p_state jsonb, p_recent jsonb,
    p_revision bigint, p_previous_revision bigint, p_at timestamptz, p_language text, p_taken_over_by uuid,
    p_channel_message_id text, p_inbound jsonb, p_events jsonb, p_outbox jsonb) returns integer
    language plpgsql volatile
    as $$
declare
    saved uuid;
begin
    if p_tenant is null then
        raise exception 'save_turn needs a tenant';
    end if;
    if current_tenant() is not null and current_tenant() <> p_tenant then
        raise exception 'save_turn for another tenant than the transaction''s';
    end if;
    perform set_config('app.tenant_id', p_tenant::text, true);
    if p_previous_revision is not null and exists (select 1 from conversation_turns
            where conversation_id = p_id and channel_message_id = p_channel_message_id) then
        return 2;
    end if;
    if p_previous_revision is null then
        insert into conversations (id, tenant_id, channel, chat_id, stage, state, recent_message_ids, revision,
                                   updated_at, language, taken_over_by, created_at)
        values (p_id, p_tenant, p_channel, p_chat_id, p_stage, p_state, p_recent, p_revision, p_at, p_language,
                p_taken_over_by, p_at)
        on conflict (id) do nothing
        returning id into saved;
    else
        update conversations set stage = p_stage, state = p_state, recent_message_ids = p_recent,
                                 revision = p_revision, updated_at = p_at, language = p_language,
                                 taken_over_by = p_taken_over_by
        where id = p_id and revision = p_previous_revision
        returning id into saved;
    end if;
    if saved is null then
        return 0;
    end if;
    insert into conversation_turns (conversation_id, revision, tenant_id, channel_message_id, inbound, events,
                                    outbox, created_at)
    values (saved, p_revision, p_tenant, p_channel_message_id, p_inbound, p_events, p_outbox, p_at);
    return 1;
end
$$;
