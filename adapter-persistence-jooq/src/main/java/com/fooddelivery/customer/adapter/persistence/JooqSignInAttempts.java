package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_SIGNIN_ATTEMPT_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.when;

import com.fooddelivery.customer.domain.customer.SignInAttempts;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * Failed sign-ins in {@code delivery_signin_attempt_c}. Counting is one upsert, so concurrent
 * failures on several instances all count.
 */
public final class JooqSignInAttempts implements SignInAttempts {

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
    public FailedAttempts recordFailure(String key, Instant now, Duration forgetAfter) {
        OffsetDateTime at = JooqSessionRepository.utc(now);
        OffsetDateTime forgotten = JooqSessionRepository.utc(now.minus(forgetAfter));
        return db.dsl()
                .insertInto(DELIVERY_SIGNIN_ATTEMPT_C)
                .set(DELIVERY_SIGNIN_ATTEMPT_C.THROTTLE_KEY, key)
                .set(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES, 1)
                .set(DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT, at)
                .onConflict(DELIVERY_SIGNIN_ATTEMPT_C.THROTTLE_KEY)
                .doUpdate()
                .set(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES,
                        when(DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT.lt(forgotten), inline(1))
                                .otherwise(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES.plus(1)))
                .set(DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT, at)
                .returningResult(DELIVERY_SIGNIN_ATTEMPT_C.FAILURES, DELIVERY_SIGNIN_ATTEMPT_C.LAST_FAILURE_DT)
                .fetchSingle(mapping(JooqSignInAttempts::toAttempts));
    }

    @Override
    public void clear(String key) {
        db.dsl().deleteFrom(DELIVERY_SIGNIN_ATTEMPT_C).where(DELIVERY_SIGNIN_ATTEMPT_C.THROTTLE_KEY.eq(key)).execute();
    }

    private static FailedAttempts toAttempts(Integer failures, OffsetDateTime lastFailure) {
        return new FailedAttempts(failures, lastFailure.toInstant());
    }
}
