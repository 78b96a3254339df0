package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_SIGNIN_ATTEMPT_C;
import static org.jooq.Records.mapping;

import com.fooddelivery.customer.domain.customer.SignInAttempts;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Sign-in attempts in {@code delivery_signin_attempt_c}. Counting is a compare-and-set (an insert
 * that loses to the primary key, or an update conditional on the run it saw), so of parallel attempts
 * on any number of instances only one counts at a time and none slips past the throttle.
 */
public final class JooqSignInAttempts implements SignInAttempts {

    private static final String CLAIM = "insert into delivery_signin_attempt_c (throttle_key, failures,"
            + " last_failure_dt) values (?, ?, ?::timestamptz) on conflict do nothing";

    private final JooqUnitOfWork db;

    JooqSignInAttempts(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<FailedAttempts> of(String key) {
        return db.dsl()
                .select(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES, DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT)
                .from(DELIVERY_SIGNIN_ATTEMPT_C)
                .where(DELIVERY_SIGNIN_ATTEMPT_C.THROTTLE_KEY.eq(key))
                .fetchOptional(mapping(JooqSignInAttempts::toAttempts));
    }

    @Override
    public boolean replace(String key, Optional<FailedAttempts> seen, FailedAttempts next) {
        if (seen.isEmpty()) {
            // The primary key decides between parallel first attempts: one inserts, the rest see a conflict.
            // Every sign-in pays this statement before its hash, so it is plain SQL, and the instant goes as
            // its ISO text: the profile found jOOQ rendering it and formatting the date.
            return db.dsl()
                            .execute(
                                    CLAIM,
                                    key,
                                    next.failures(),
                                    next.lastFailure().toString())
                    == 1;
        }
        OffsetDateTime at = JooqSessionRepository.utc(next.lastFailure());
        // A conditional update: PostgreSQL re-checks the condition on the row a parallel update left.
        return db.dsl()
                        .update(DELIVERY_SIGNIN_ATTEMPT_C)
                        .set(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES, next.failures())
                        .set(DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT, at)
                        .where(DELIVERY_SIGNIN_ATTEMPT_C.THROTTLE_KEY.eq(key))
                        .and(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES.eq(seen.get().failures()))
                        .and(DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT.eq(
                                JooqSessionRepository.utc(seen.get().lastFailure())))
                        .execute()
                == 1;
    }

    @Override
    public void clear(String key) {
        // Nothing reads the outcome: inside a unit of work it goes with the unit's other writes.
        db.write("delete from delivery_signin_attempt_c where throttle_key = ?", -1, key);
    }

    private static FailedAttempts toAttempts(Integer failures, OffsetDateTime lastFailure) {
        return new FailedAttempts(failures, lastFailure.toInstant());
    }
}
