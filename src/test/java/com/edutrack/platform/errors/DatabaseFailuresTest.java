package com.edutrack.platform.errors;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.DataException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

class DatabaseFailuresTest {

    @Test
    void anOutageIsUnavailable() {
        assertTrue(DatabaseFailures.unavailable(new JDBCConnectionException("refused", new SQLException("refused", "08001"))));
        assertTrue(DatabaseFailures.unavailable(new SQLException("Connection refused", "08001")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("I/O error", "08006")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("terminating connection due to administrator command", "57P01")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("crash shutdown", "57P02")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("the database system is starting up", "57P03")));
        assertTrue(DatabaseFailures.unavailable(new SQLException("canceling statement due to statement timeout", "57014")));
        assertTrue(DatabaseFailures.unavailable(new SQLTransientConnectionException("J2CA0045E: connection not available")));
        assertTrue(DatabaseFailures.unavailable(new SQLNonTransientConnectionException("closed")));
        assertTrue(DatabaseFailures.unavailable(new jakarta.persistence.QueryTimeoutException("timeout")));
    }

    @Test
    void theRequestsOwnFailuresAreNot() {
        assertFalse(DatabaseFailures.unavailable(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.unavailable(new ConstraintViolationException("dup", new SQLException("dup", "23505"), "uk")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("deadlock", "40P01")));
        assertFalse(DatabaseFailures.unavailable(new SQLException("no state")));
        assertFalse(DatabaseFailures.unavailable(new IllegalStateException("x")));
    }

    @Test
    void valuesTheDatabaseCannotStoreAreInvalidData() {
        assertTrue(DatabaseFailures.invalidData(new SQLException("value too long for type character varying(200)", "22001")));
        assertTrue(DatabaseFailures.invalidData(new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021")));
        assertTrue(DatabaseFailures.invalidData(new DataException("too long", new SQLException("too long", "22001"))));
        assertFalse(DatabaseFailures.invalidData(new SQLException("duplicate key", "23505")));
        assertFalse(DatabaseFailures.invalidData(new SQLException("refused", "08001")));
    }
}
