package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_TOKEN_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.val;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.token.NewSession;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SessionRepository;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.SelectJoinStep;

/** Sessions in {@code delivery_customer_token_c}, looked up by the token's digest in {@code token_guid}. */
public final class JooqSessionRepository implements SessionRepository {

    private static final String INSERT = "insert into delivery_customer_token_c (delivery_customer_token_c_id,"
            + " token_guid, token_begin_dt, token_end_dt, customer_id, user_agent) overriding system value"
            + " values (?, ?, ?::timestamptz, ?::timestamptz, ?, ?)";

    private final JooqUnitOfWork db;
    private final SessionIds ids;
    /** The check every authenticated request makes. */
    private final PrerenderedQuery validByDigest;

    JooqSessionRepository(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
        this.ids = new SessionIds(db);
        this.validByDigest = new PrerenderedQuery(
                db.dsl(),
                selectSessions()
                        .where(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_GUID.eq(param("digest", String.class)))
                        .and(validAt(param("now", OffsetDateTime.class))));
    }

    /**
     * {@inheritDoc} Inside a unit of work the row is held and sent with the unit's other writes (its id is
     * drawn beforehand, {@link SessionIds}), so a duplicate digest or an unknown customer fails the unit
     * when it is sent, at the latest at its commit.
     */
    @Override
    public Session add(NewSession session) {
        // PostgreSQL keeps microseconds: the session answered here must equal the one read back later.
        Instant begin = session.begin().truncatedTo(ChronoUnit.MICROS);
        Instant end = session.end().truncatedTo(ChronoUnit.MICROS);
        int id = ids.next();
        db.write(
                INSERT,
                1,
                id,
                session.tokenDigest(),
                // As ISO text, which PostgreSQL reads exactly: jOOQ would format them through DateTimeFormatter.
                begin.toString(),
                end.toString(),
                session.customerId().value(),
                session.client());
        return new Session(new SessionId(id), session.customerId(), begin, end, session.client());
    }

    @Override
    public Optional<Session> validByDigest(String tokenDigest, Instant now) {
        OffsetDateTime at = utc(now);
        return validByDigest
                .with(db.dsl(), tokenDigest, at, at)
                .fetchOptional(row -> toSession(
                        row.get(DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID),
                        row.get(DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID),
                        row.get(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_BEGIN_DT),
                        row.get(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT),
                        row.get(DELIVERY_CUSTOMER_TOKEN_C.USER_AGENT)));
    }

    @Override
    public List<Session> validOf(CustomerId customerId, Instant now) {
        return selectSessions()
                .where(DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID.eq(customerId.value()))
                .and(validAt(now))
                .orderBy(
                        DELIVERY_CUSTOMER_TOKEN_C.TOKEN_BEGIN_DT.desc(),
                        DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID.desc())
                .fetch(mapping(JooqSessionRepository::toSession));
    }

    @Override
    public boolean end(CustomerId customerId, SessionId id, Instant now) {
        return db.dsl()
                        .update(DELIVERY_CUSTOMER_TOKEN_C)
                        .set(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT, utc(now))
                        .where(DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID.eq(id.value()))
                        .and(DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID.eq(customerId.value()))
                        .and(validAt(now))
                        .execute()
                == 1;
    }

    @Override
    public void endAllOtherThan(CustomerId customerId, SessionId keep, Instant now) {
        db.dsl()
                .update(DELIVERY_CUSTOMER_TOKEN_C)
                .set(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT, utc(now))
                .where(DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID.eq(customerId.value()))
                .and(DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID.ne(keep.value()))
                .and(validAt(now))
                .execute();
    }

    private static Condition validAt(Instant now) {
        return validAt(val(utc(now)));
    }

    private static Condition validAt(Field<OffsetDateTime> at) {
        return DELIVERY_CUSTOMER_TOKEN_C.TOKEN_BEGIN_DT.le(at).and(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT.gt(at));
    }

    private SelectJoinStep<Record5<Integer, Integer, OffsetDateTime, OffsetDateTime, String>> selectSessions() {
        return db.dsl()
                .select(
                        DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID,
                        DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID,
                        DELIVERY_CUSTOMER_TOKEN_C.TOKEN_BEGIN_DT,
                        DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT,
                        DELIVERY_CUSTOMER_TOKEN_C.USER_AGENT)
                .from(DELIVERY_CUSTOMER_TOKEN_C);
    }

    private static Session toSession(
            Integer id, Integer customerId, OffsetDateTime begin, OffsetDateTime end, String userAgent) {
        return new Session(
                new SessionId(id), new CustomerId(customerId), begin.toInstant(), end.toInstant(), userAgent);
    }

    static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
