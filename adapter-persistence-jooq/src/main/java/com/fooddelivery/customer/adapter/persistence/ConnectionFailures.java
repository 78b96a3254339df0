package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.Set;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.exception.DataAccessException;
import org.jooq.exception.SQLStateClass;

/**
 * Tells a database that cannot be reached from a statement that failed, and reports the former
 * as the domain's {@link ServiceUnavailableException}, so callers answer "try again later"
 * instead of treating an outage as a bug. Registered as a jOOQ listener for every statement, and
 * applied by the unit of work to failures outside any statement (begin, commit, rollback).
 */
final class ConnectionFailures implements ExecuteListener {

    /** About how long a restarting PostgreSQL takes to accept connections again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** Admin shutdown, crash shutdown, cannot connect now: the server, not the statement, is at fault. */
    private static final Set<String> SERVER_UNAVAILABLE = Set.of("57P01", "57P02", "57P03");

    /** HikariCP's message for a call on a connection it closed after a fatal error. */
    private static final String CLOSED_BY_THE_POOL = "Connection is closed";

    @Override
    public void exception(ExecuteContext ctx) {
        RuntimeException failure = ctx.exception();
        if (failure != null && !(failure instanceof ServiceUnavailableException) && isConnectionFailure(failure)) {
            ctx.exception(unavailable(failure));
        }
    }

    /** The failure as the domain sees it: unavailable if the connection is at fault, else unchanged. */
    static RuntimeException translate(RuntimeException failure) {
        if (failure instanceof ServiceUnavailableException || !isConnectionFailure(failure)) {
            return failure;
        }
        return unavailable(failure);
    }

    private static ServiceUnavailableException unavailable(Throwable cause) {
        return new ServiceUnavailableException("the database", RETRY_AFTER, cause);
    }

    /**
     * Hikari's "connection is not available, request timed out" (the pool cannot reach the server), SQLSTATE
     * class 08 "connection exception" (refused, broken, lost), or 57P01 to 57P03 (the server shutting down,
     * crashed or still starting). Everything else (constraint violations, syntax, serialisation failures) is
     * about the statement and keeps its own meaning. jOOQ walks the cause chain; a failure that is not
     * jOOQ's own (the rate limiter's, say) is wrapped so that it does.
     */
    static boolean isConnectionFailure(Throwable failure) {
        DataAccessException access = failure instanceof DataAccessException jooq
                ? jooq
                : new DataAccessException("wrapped to read its causes", failure);
        return access.getCause(SQLTransientConnectionException.class) != null
                || access.sqlStateClass() == SQLStateClass.C08_CONNECTION_EXCEPTION
                || SERVER_UNAVAILABLE.contains(access.sqlState())
                || closedByThePool(access.getCause(SQLException.class));
    }

    /**
     * HikariCP swaps a connection that failed fatally for a closed one; the next call on it (a rollback
     * after the lost statement, say) fails with this message and no SQLSTATE, hiding the server's own error.
     */
    private static boolean closedByThePool(SQLException failure) {
        return failure != null && failure.getSQLState() == null && CLOSED_BY_THE_POOL.equals(failure.getMessage());
    }
}
