package com.artinsmartrealty.analytics.projection;

/** The stages of the conversation funnel after "started", in order. */
public enum Milestone {
    QUALIFIED("qualified_at", "leads_qualified"),
    PHONE_CAPTURED("phone_captured_at", "phones_captured"),
    VIEWING_BOOKED("viewing_booked_at", "viewings_booked"),
    COMPLETED("completed_at", "conversations_completed");

    private final String column;
    private final String dailyColumn;

    Milestone(String column, String dailyColumn) {
        this.column = column;
        this.dailyColumn = dailyColumn;
    }

    /** The column of {@code leads} holding when the stage was reached. */
    String column() {
        return column;
    }

    /** The counter of {@code tenant_daily} for the stage. */
    String dailyColumn() {
        return dailyColumn;
    }
}
