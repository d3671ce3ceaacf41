package com.artinsmartrealty.analytics.report;

import java.util.List;
import java.util.UUID;

/**
 * The agency's agents over a period: leads assigned to them, viewings booked with them, leads they
 * closed as won, and how long they took to first act on an assigned lead. Best first.
 */
public record Leaderboard(Period period, List<Entry> items) {

    public record Entry(UUID agentId, String displayName, long leadsHandled, long viewingsBooked, long conversions,
                        Double avgResponseMillis) {
    }
}
