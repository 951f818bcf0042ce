package com.edutrack.platform.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/**
 * Tells database failures that are not the request's fault apart from those that are. An outage
 * (refused or broken connections, the server shutting down or restarting, no pooled connection
 * to be had in time, a statement canceled by its timeout) is worth retrying: 503. A value the
 * database cannot store (SQLState class 22: too long, out of range, NUL in text) came from the
 * client: 400. Anything else stays an internal error.
 */
public final class DatabaseFailures {
    /**
     * Besides class 08 (connection exception): 57P01 admin_shutdown (pg_terminate_backend, a fast
     * shutdown), 57P02 crash_shutdown, 57P03 cannot_connect_now (starting up), 57014
     * query_canceled (a statement timeout), 53300 too_many_connections.
     */
    private static final Set<String> OUTAGE_STATES = Set.of("57P01", "57P02", "57P03", "57014", "53300");

    private DatabaseFailures() {
    }

    /** Whether this one throwable (not its causes) says the database is unavailable. */
    public static boolean unavailable(Throwable t) {
        if (t instanceof org.hibernate.exception.JDBCConnectionException
                || t instanceof jakarta.persistence.QueryTimeoutException
                || t instanceof org.hibernate.QueryTimeoutException
                || t instanceof SQLTransientConnectionException
                || t instanceof SQLNonTransientConnectionException
                || t instanceof SQLRecoverableException) {
            return true;
        }
        if (t instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || OUTAGE_STATES.contains(state);
        }
        return false;
    }

    /** Whether this one throwable says a value sent by the client cannot be stored (SQLState class 22). */
    public static boolean invalidData(Throwable t) {
        if (t instanceof org.hibernate.exception.DataException) {
            return true;
        }
        return t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22");
    }
}
