package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CARD_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_CUSTOMER_TOKEN_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDER_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_PAYMENT_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_RATING_C;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;

import com.fooddelivery.customer.domain.card.LinkedCardId;
import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.OwnAccount;
import com.fooddelivery.customer.domain.token.OwnOrder;
import com.fooddelivery.customer.domain.token.SessionId;
import com.fooddelivery.customer.domain.token.SignedIn;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * The hot reads of a signed-in customer, each one statement that finds the session by its token's
 * digest and joins what the route shows to it (decision 0012). A request thus makes one round trip,
 * and a session ended on any instance stops the next read, as the separate token check did. Every
 * statement is rendered once ({@link PrerenderedQuery}); the session comes first in the plan (the unique
 * index on {@code token_guid}), the data through the customer's or the order's index.
 */
public final class JooqSignedInReads implements SignedInReads {

    private static final Field<Integer> SESSION = DELIVERY_CUSTOMER_TOKEN_C.DELIVERY_CUSTOMER_TOKEN_C_ID;
    private static final Field<Integer> CUSTOMER = DELIVERY_CUSTOMER_TOKEN_C.CUSTOMER_ID;
    private static final Field<Integer> DEFAULT_CARD = field(select(DELIVERY_CARD_C.DELIVERY_CARD_C_ID)
                    .from(DELIVERY_CARD_C)
                    .where(DELIVERY_CARD_C.CUSTOMER_ID.eq(CUSTOMER))
                    .and(DELIVERY_CARD_C.IS_DEFAULT.isTrue()))
            .as("default_card");

    private final JooqUnitOfWork db;
    private final PrerenderedQuery account;
    private final PrerenderedQuery page;
    private final PrerenderedQuery order;
    private final ColumnRow.Layout accountColumns;
    private final ColumnRow.Layout orderColumns;
    private final RecentAccounts accounts = new RecentAccounts();

    JooqSignedInReads(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
        // The customer is found by key from the session: a lateral subquery with a limit, which PostgreSQL
        // cannot pull up into a join. As a join, the generic plan merge-joined the session to the customer
        // index, walking it from the lowest id up to the caller's (docs/performance.md, "Reads: where the
        // time went"). It is named as the table, and read as the table's own fields, as the page is.
        Table<?> customerOfTheSession = lateral(select(JooqCustomerRepository.FIELDS)
                .from(DELIVERY_CUSTOMER_C)
                .where(DELIVERY_CUSTOMER_C.DELIVERY_CUSTOMER_C_ID.eq(CUSTOMER))
                .limit(inline(1))
                .asTable(DELIVERY_CUSTOMER_C.getName()));
        List<Field<?>> accountFields = fields(JooqCustomerRepository.FIELDS, List.of(DEFAULT_CARD));
        this.account = new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .select(fields(List.of(customerOfTheSession.fields()), List.of(DEFAULT_CARD)))
                        .from(DELIVERY_CUSTOMER_TOKEN_C)
                        .crossJoin(customerOfTheSession)
                        .where(validSession()),
                accountFields);
        this.accountColumns = ColumnRow.layout(accountFields);
        // The page is a lateral subquery, so it keeps its own index order and limit; it is named as the
        // table, and its rows are read as the table's own fields, as JooqOrderRepository reads a page.
        Select<? extends Record> pageOfTheSession = JooqOrderRepository.pageOf(CUSTOMER);
        Table<?> newestFirst = lateral(pageOfTheSession.asTable(DELIVERY_ORDER_C.getName()));
        this.page = new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .select(fields(List.of(newestFirst.fields())))
                        .from(DELIVERY_CUSTOMER_TOKEN_C)
                        .leftJoin(newestFirst)
                        .on(noCondition())
                        .where(validSession())
                        .orderBy(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID.desc()),
                fields(pageOfTheSession.getSelect()));
        // The order's latest attempt, as PaymentRepository.latestOf answers: the last entry of the order's
        // index on the payments, named as the table, as the page is.
        Table<?> latestPayment = lateral(select(DELIVERY_PAYMENT_C.fields())
                .from(DELIVERY_PAYMENT_C)
                .where(DELIVERY_PAYMENT_C.ORDER_UID.eq(DELIVERY_ORDER_C.ORDER_UID))
                .orderBy(DELIVERY_PAYMENT_C.DELIVERY_PAYMENT_C_ID.desc())
                .limit(inline(1))
                .asTable(DELIVERY_PAYMENT_C.getName()));
        this.order = new PrerenderedQuery(
                db.dsl(),
                db.dsl()
                        .select(orderFields(List.of(latestPayment.fields())))
                        .from(DELIVERY_CUSTOMER_TOKEN_C)
                        .leftJoin(DELIVERY_ORDER_C)
                        .on(DELIVERY_ORDER_C.ORDER_UID.eq(param("uid", UUID.class)))
                        .and(DELIVERY_ORDER_C.CUSTOMER_ID.eq(CUSTOMER))
                        .leftJoin(latestPayment)
                        .on(noCondition())
                        .leftJoin(DELIVERY_RATING_C)
                        .on(DELIVERY_RATING_C.ORDER_ID.eq(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID))
                        .where(validSession()),
                orderFields(List.of(DELIVERY_PAYMENT_C.fields())));
        this.orderColumns = ColumnRow.layout(orderFields(List.of(DELIVERY_PAYMENT_C.fields())));
    }

    /** The order's columns, its lines, its latest payment's columns as given, and its rating's. */
    private static List<Field<?>> orderFields(List<? extends Field<?>> payment) {
        return fields(
                List.of(DELIVERY_ORDER_C.fields()),
                List.of(OrderRows.LINES),
                payment,
                List.of(
                        DELIVERY_RATING_C.FOOD_STARS,
                        DELIVERY_RATING_C.DELIVERY_STARS,
                        DELIVERY_RATING_C.COMMENT,
                        DELIVERY_RATING_C.RATED_DT));
    }

    @Override
    public Optional<SignedIn<OwnAccount>> account(String tokenDigest, Instant now) {
        String at = sessionTime(now);
        // Read by column, as the page and the order are (ColumnRow); an account whose columns are as they were on
        // the last read is not checked again (RecentAccounts).
        return firstRow(
                account.forColumns(db.dsl(), tokenDigest, at, at),
                accountColumns,
                row -> new SignedIn<>(
                        caller(row),
                        new OwnAccount(
                                accounts.of(row),
                                Optional.ofNullable(row.get(DEFAULT_CARD)).map(LinkedCardId::new))));
    }

    @Override
    public Optional<SignedIn<OrderPage>> orderPage(
            String tokenDigest, Instant now, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {
        String at = sessionTime(now);
        // The page's own values come first: the lateral subquery precedes the session's condition.
        ResultQuery<Record> query = page.forColumns(
                db.dsl(),
                after.map(OrderPage.Position::value).orElse(Long.MAX_VALUE),
                !pendingOnly,
                limit + 1,
                tokenDigest,
                at,
                at);
        // Read straight from the JDBC rows, in the select's column order: making a jOOQ record of each
        // row first, each value through its binding, was a fifth of GET /orders' CPU
        // (docs/performance.md, "Reads: where the time went").
        try (ResultSet rows = query.fetchResultSet()) {
            return PageRows.read(rows, limit);
        } catch (SQLException failure) {
            throw new DataAccessException("reading a page of orders", failure);
        }
    }

    @Override
    public Optional<SignedIn<Optional<OwnOrder>>> order(String tokenDigest, Instant now, OrderUid uid) {
        String at = sessionTime(now);
        // Read by column: a jOOQ record of the 47 columns, and jOOQ's reading of the lines' JSON, were most
        // of the route's mapping work (docs/performance.md, "Authenticated reads, session 9").
        return firstRow(
                order.forColumns(db.dsl(), uid.value(), tokenDigest, at, at),
                orderColumns,
                row -> new SignedIn<>(caller(row), ownOrder(row)));
    }

    /** The first row of the statement's result read by {@code reader}, empty when it has none. */
    private static <T> Optional<T> firstRow(
            ResultQuery<Record> query, ColumnRow.Layout columns, Function<ColumnRow, T> reader) {
        try (ResultSet rows = query.fetchResultSet()) {
            return rows.next() ? Optional.of(reader.apply(columns.current(rows))) : Optional.empty();
        } catch (SQLException failure) {
            throw new DataAccessException("reading a signed-in customer's row", failure);
        }
    }

    private static Optional<OwnOrder> ownOrder(ColumnRow row) {
        if (row.get(DELIVERY_ORDER_C.ORDER_UID) == null) {
            return Optional.empty();
        }
        Order found = OrderRows.toOrder(row, OrderLinesJson.parse(row.text(OrderRows.LINES)));
        return Optional.of(OwnOrder.shown(
                found,
                Optional.ofNullable(row.get(DELIVERY_PAYMENT_C.DELIVERY_PAYMENT_C_ID))
                        .map(id -> JooqPaymentRepository.toPayment(row)),
                Optional.ofNullable(row.get(DELIVERY_RATING_C.FOOD_STARS))
                        .map(stars -> new Rating(
                                stars,
                                row.get(DELIVERY_RATING_C.DELIVERY_STARS),
                                row.get(DELIVERY_RATING_C.COMMENT),
                                row.get(DELIVERY_RATING_C.RATED_DT).toInstant())),
                found.status() == OrderStatus.IN_DELIVERY && row.get(DELIVERY_ORDER_C.COURIER_AT) != null
                        ? Optional.of(JooqCourierPositions.position(row))
                        : Optional.empty()));
    }

    /**
     * The request's time as the session's condition takes it, twice: text that its two casts to {@code timestamp with
     * time zone} read as that instant, written once. Bound as an {@code OffsetDateTime}, jOOQ's binding formatted the
     * same text for each placeholder (ISO's {@code T} and {@code Z} aside), about 1.8 µs a read (docs/performance.md,
     * "GET /customers/me (me, session 13)").
     */
    static String sessionTime(Instant now) {
        return JooqSessionRepository.utc(now).toString();
    }

    /** The session of the token's digest, valid at the request's time, as {@code JooqSessionRepository} finds it. */
    private static Condition validSession() {
        Field<OffsetDateTime> now = param("now", OffsetDateTime.class);
        return DELIVERY_CUSTOMER_TOKEN_C
                .TOKEN_GUID
                .eq(param("digest", String.class))
                .and(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_BEGIN_DT.le(now))
                .and(DELIVERY_CUSTOMER_TOKEN_C.TOKEN_END_DT.gt(now));
    }

    /** The session's two ids first, then the route's own columns. */
    @SafeVarargs
    private static List<Field<?>> fields(List<? extends Field<?>>... groups) {
        List<Field<?>> all = new ArrayList<>(List.of(SESSION, CUSTOMER));
        for (List<? extends Field<?>> group : groups) {
            all.addAll(group);
        }
        return all;
    }

    private static Caller caller(RowValues row) {
        return new Caller(new CustomerId(row.get(CUSTOMER)), new SessionId(row.get(SESSION)));
    }
}
