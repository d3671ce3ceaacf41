package com.artinsmartrealty.lead.leads;

import com.artinsmartrealty.contracts.Channel;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * A search over a tenant's leads, newest first, one page after {@code after}.
 *
 * @param statuses  any of these statuses; empty for all
 * @param agentId   assigned to this agent
 * @param q         a case-insensitive part of the name or phone, or the exact chat id
 * @param after     the last lead of the previous page
 * @param limit     rows per page; the API holds it to {@link #MAX_LIMIT}, exports read larger pages
 */
public record LeadQuery(List<LeadStatus> statuses, UUID agentId, Channel channel, String chatId, String q,
                        Cursor after, int limit) {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    public LeadQuery {
        statuses = statuses == null ? List.of() : List.copyOf(statuses);
        limit = limit <= 0 ? DEFAULT_LIMIT : limit;
    }

    /** The same search from the start of the next page. */
    public LeadQuery after(Cursor cursor, int pageSize) {
        return new LeadQuery(statuses, agentId, channel, chatId, q, cursor, pageSize);
    }

    /** The statement for this query; the lead columns are selected as {@code columns}. */
    Sql toSql(String columns) {
        StringBuilder where = new StringBuilder("l.erased_at is null");
        List<Object> binds = new ArrayList<>();
        if (!statuses.isEmpty()) {
            where.append(" and l.status in (");
            for (int i = 0; i < statuses.size(); i++) {
                binds.add(statuses.get(i).name());
                where.append(i == 0 ? "" : ", ").append('$').append(binds.size());
            }
            where.append(')');
        }
        if (agentId != null) {
            binds.add(agentId);
            where.append(" and l.assigned_agent_id = $").append(binds.size());
        }
        if (channel != null) {
            binds.add(channel.wireName());
            where.append(" and l.channel = $").append(binds.size());
        }
        if (chatId != null) {
            binds.add(chatId);
            where.append(" and l.chat_id = $").append(binds.size());
        }
        if (q != null && !q.isBlank()) {
            String term = q.strip();
            binds.add("%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            int like = binds.size();
            binds.add(term);
            where.append(" and (l.display_name ilike $").append(like).append(" or l.phone like $").append(like)
                    .append(" or l.chat_id = $").append(binds.size()).append(')');
        }
        if (after != null) {
            binds.add(after.createdAt().atOffset(ZoneOffset.UTC));
            int at = binds.size();
            binds.add(after.id());
            where.append(" and (l.created_at, l.id) < ($").append(at).append(", $").append(binds.size()).append(')');
        }
        binds.add(limit);
        String text = "select " + columns + " from leads l left join agents a on a.tenant_id = l.tenant_id "
                + "and a.user_id = l.assigned_agent_id where " + where
                + " order by l.created_at desc, l.id desc limit $" + binds.size();
        return new Sql(text, binds);
    }

    record Sql(String text, List<Object> binds) {
    }

    /** Where a page ended: the creation time and id of its last lead, opaque to clients. */
    public record Cursor(Instant createdAt, UUID id) {

        public static Cursor of(Lead lead) {
            return new Cursor(lead.createdAt(), lead.id());
        }

        public String encode() {
            String raw = createdAt.getEpochSecond() + "." + createdAt.getNano() + "." + id;
            return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
        }

        /** The cursor a client sent back; {@link IllegalArgumentException} when it is not one of ours. */
        public static Cursor decode(String value) {
            try {
                String raw = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8);
                String[] parts = raw.split("\\.", 3);
                return new Cursor(Instant.ofEpochSecond(Long.parseLong(parts[0]), Long.parseLong(parts[1])),
                        UUID.fromString(parts[2]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("not a valid cursor", e);
            }
        }
    }
}
