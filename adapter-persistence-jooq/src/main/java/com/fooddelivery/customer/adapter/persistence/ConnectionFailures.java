package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.shared.ServiceUnavailableException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;

/**
 * Tells a database that cannot be reached from a statement that failed, and reports the former
 * as the domain's {@link ServiceUnavailableException}, so callers answer "try again later"
 * instead of treating an outage as a bug. Registered as a jOOQ listener for every statement, and
 * applied by the unit of work to failures outside any statement (begin, commit, rollback).
 */
final class ConnectionFailures implements ExecuteListener {

    /** About how long a restarting PostgreSQL takes to accept connections again. */
    static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    /** A cause chain longer than this is not worth walking; real ones are three or four deep. */
    private static final int MAX_DEPTH = 16;

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

    static boolean isConnectionFailure(Throwable failure) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_DEPTH; depth++) {
            // Hikari's "connection is not available, request timed out": the pool cannot reach the server.
            if (current instanceof SQLTransientConnectionException) {
                return true;
            }
            if (current instanceof SQLException sql && isConnectionState(sql.getSQLState())) {
                return true;
            }
            current = current.getCause() == current ? null : current.getCause();
        }
        return false;
    }

    /**
     * SQLSTATE class 08 is "connection exception" (refused, broken, lost); 57P01 to 57P03 are the
     * server shutting down, crashed or still starting. Everything else (constraint violations,
     * syntax, serialisation failures) is about the statement and keeps its own meaning.
     */
    private static boolean isConnectionState(String state) {
        return state != null && (state.startsWith("08")
                || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
    }
}
