package com.artinsmartrealty.lead.web;

import com.artinsmartrealty.contracts.Channel;
import com.artinsmartrealty.lead.leads.LeadQuery;
import com.artinsmartrealty.lead.leads.LeadStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The dashboard's lead filters, from query parameters; anything invalid is a 400. */
public final class LeadQueries {

    private LeadQueries() {
    }

    public static LeadQuery parse(List<String> status, UUID agentId, String channel, String chatId, String q,
                           String cursor, int limit) {
        List<LeadStatus> statuses = new ArrayList<>();
        if (status != null) {
            for (String value : status.stream().flatMap(s -> List.of(s.split(",")).stream()).toList()) {
                if (!value.isBlank()) {
                    statuses.add(enumValue(LeadStatus.class, value, "status"));
                }
            }
        }
        Channel parsedChannel = null;
        if (channel != null && !channel.isBlank()) {
            try {
                parsedChannel = Channel.fromWireName(channel.strip().toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("channel must be telegram, whatsapp or webchat");
            }
        }
        LeadQuery.Cursor after = null;
        if (cursor != null && !cursor.isBlank()) {
            try {
                after = LeadQuery.Cursor.decode(cursor);
            } catch (IllegalArgumentException e) {
                throw new InvalidRequestException("cursor is not one this API gave out");
            }
        }
        if (q != null && q.length() > 200) {
            throw new InvalidRequestException("q is at most 200 characters");
        }
        return new LeadQuery(statuses, agentId, parsedChannel, blankToNull(chatId), blankToNull(q), after,
                Math.min(limit, LeadQuery.MAX_LIMIT));
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String name) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(name + " '" + value + "' is not one of "
                    + List.of(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

}
