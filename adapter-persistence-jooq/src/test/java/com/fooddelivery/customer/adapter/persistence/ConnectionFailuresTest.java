package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.IntegrityConstraintViolationException;
import org.junit.jupiter.api.Test;

class ConnectionFailuresTest {

    @Test
    void aPoolThatCannotConnectInTimeIsAnOutage() {
        RuntimeException failure = new DataAccessException(
                "Error getting connection from data source",
                new SQLTransientConnectionException("customerbackend - Connection is not available"));

        assertThat(ConnectionFailures.translate(failure))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasCause(failure);
    }

    @Test
    void aConnectionLostOrAServerShuttingDownIsAnOutage() {
        for (String state : new String[] {"08001", "08006", "57P01", "57P03"}) {
            RuntimeException failure = new DataAccessException("SQL [select 1]", new SQLException("gone", state));

            assertThat(ConnectionFailures.translate(failure)).as(state).isInstanceOf(ServiceUnavailableException.class);
        }
    }

    @Test
    void aConnectionLostUnderAnotherLibrarysExceptionIsAnOutageToo() {
        // The rate limiter's buckets wrap JDBC's failure in their own exception, not jOOQ's.
        RuntimeException failure =
                new IllegalStateException("bucket proxy failed", new SQLException("I/O error", "08006"));
        RuntimeException shutdown = new IllegalStateException(
                "bucket proxy failed",
                new SQLException("terminating connection due to administrator command", "57P01"));

        assertThat(ConnectionFailures.translate(failure))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasCause(failure);
        assertThat(ConnectionFailures.translate(shutdown)).isInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void aRollbackOnAConnectionThePoolClosedAfterAnOutageIsAnOutageToo() {
        // The rate limiter's rollback after the lost statement: HikariCP answers for the connection it closed.
        RuntimeException failure =
                new IllegalStateException("bucket proxy failed", new SQLException("Connection is closed"));

        assertThat(ConnectionFailures.translate(failure)).isInstanceOf(ServiceUnavailableException.class);
        assertThat(ConnectionFailures.translate(
                        new IllegalStateException("x", new SQLException("Connection is closed", "42000"))))
                .as("a statement's own state keeps its meaning")
                .isNotInstanceOf(ServiceUnavailableException.class);
    }

    @Test
    void aFailureOfTheStatementItselfKeepsItsMeaning() {
        RuntimeException duplicate = new IntegrityConstraintViolationException(
                "duplicate", new SQLException("duplicate key value", "23505"));
        RuntimeException syntax = new DataAccessException("bad", new SQLException("syntax error", "42601"));
        RuntimeException bug = new IllegalStateException("no cause at all");
        RuntimeException cancelled = new DataAccessException(
                "cancelled", new SQLException("canceling statement due to statement timeout", "57014"));

        assertThat(ConnectionFailures.translate(duplicate)).isSameAs(duplicate);
        assertThat(ConnectionFailures.translate(syntax)).isSameAs(syntax);
        assertThat(ConnectionFailures.translate(bug)).isSameAs(bug);
        assertThat(ConnectionFailures.translate(cancelled))
                .as("class 57 but not the server going away")
                .isSameAs(cancelled);
    }
}
