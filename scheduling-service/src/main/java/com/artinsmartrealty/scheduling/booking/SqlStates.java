package com.artinsmartrealty.scheduling.booking;

import io.r2dbc.spi.R2dbcException;

/** PostgreSQL error codes behind a failed statement. */
final class SqlStates {

    /** An exclusion constraint refused the row: the agent's time overlaps. */
    static final String EXCLUSION_VIOLATION = "23P01";
    /** A unique constraint refused the row: the idempotency key is taken. */
    static final String UNIQUE_VIOLATION = "23505";
    /**
     * The database aborted the transaction to break a deadlock. Two bookings whose rows conflict
     * under the exclusion constraint, inserted at the same instant, each wait for the other; one of
     * them is aborted and, retried, finds the other's row.
     */
    static final String DEADLOCK_DETECTED = "40P01";
    /** The transaction could not be serialized with a concurrent one; retrying it is safe. */
    static final String SERIALIZATION_FAILURE = "40001";

    private SqlStates() {
    }

    /** Whether the whole transaction may simply be run again. */
    static boolean retryable(Throwable error) {
        return is(error, DEADLOCK_DETECTED) || is(error, SERIALIZATION_FAILURE);
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
