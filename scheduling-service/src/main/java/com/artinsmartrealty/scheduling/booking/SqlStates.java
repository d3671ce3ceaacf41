package com.artinsmartrealty.scheduling.booking;

import io.r2dbc.spi.R2dbcException;

/** PostgreSQL error codes behind a failed statement. */
final class SqlStates {

    /** An exclusion constraint refused the row: the agent's time overlaps. */
    static final String EXCLUSION_VIOLATION = "23P01";
    /** A unique constraint refused the row: the idempotency key is taken. */
    static final String UNIQUE_VIOLATION = "23505";

    private SqlStates() {
    }

    static boolean is(Throwable error, String sqlState) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof R2dbcException r2dbc && sqlState.equals(r2dbc.getSqlState())) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }
}
