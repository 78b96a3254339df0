package com.fooddelivery.customer.adapter.persistence;

import java.util.Map;
import java.util.Optional;
import org.jooq.exception.DataAccessException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Reads which unique constraint a failed write broke, so it can be told to the client by field. */
final class Constraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private Constraints() {}

    /**
     * The field guarded by the unique constraint {@code failure} broke, looked up by constraint name.
     *
     * @return empty when the failure is not a unique violation of one of {@code fieldsByConstraint}
     */
    static Optional<String> violatedUnique(DataAccessException failure, Map<String, String> fieldsByConstraint) {
        PSQLException psql = failure.getCause(PSQLException.class);
        if (psql == null || !UNIQUE_VIOLATION.equals(psql.getSQLState())) {
            return Optional.empty();
        }
        ServerErrorMessage message = psql.getServerErrorMessage();
        return message == null
                ? Optional.empty()
                : Optional.ofNullable(fieldsByConstraint.get(message.getConstraint()));
    }
}
