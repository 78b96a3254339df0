package com.fooddelivery.customer.adapter.persistence;

import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads which unique constraint a failed write broke, so it can be told to the client by field. */
final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {
    }

    /**
     * The field guarded by the unique constraint {@code failure} broke, looked up by constraint name.
     *
     * @return empty when the failure is not a unique violation of one of {@code fieldsByConstraint}
     */
    static Optional<String> violatedUnique(DataAccessException failure, Map<String, String> fieldsByConstraint) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof PSQLException psql && UNIQUE_VIOLATION.equals(psql.getSQLState())) {
                ServerErrorMessage message = psql.getServerErrorMessage();
                return message == null ? Optional.empty() : Optional.ofNullable(fieldsByConstraint.get(message.getConstraint()));
            }
        }
        return Optional.empty();
    }
}
