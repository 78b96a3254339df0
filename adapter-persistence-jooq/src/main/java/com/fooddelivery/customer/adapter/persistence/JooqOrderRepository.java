package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDER_C;
import static org.jooq.impl.DSL.condition;
import static org.jooq.impl.DSL.param;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectCount;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderHistory;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderPage;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderSummary;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.Timeline;
import com.fooddelivery.customer.domain.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;

/**
 * Orders in {@code delivery_order_c} with their lines in {@code delivery_orderitem_c}. An order and
 * all its lines come back in one statement (lines as a MULTISET), and a page of the list is one
 * statement whatever its size. Money columns are {@code numeric(12,2)}, hence {@code Money.LARGEST}.
 */
public final class JooqOrderRepository implements OrderRepository, OrderHistory {

    private static final List<String> FINISHED = List.of(OrderStatus.DELIVERED.name(), OrderStatus.CANCELLED.name());

    // The order and its lines in one statement, written as plain SQL: the lines' id comes from the order's
    // RETURNING, and they arrive as one array per column, so the statement is the same for any number of
    // lines and the driver prepares it once per connection. Sent with the unit of work's other writes.
    private static final String INSERT = """
            with placed as (
                insert into delivery_order_c (order_uid, customer_id, payment_method, currency, total_amount,
                    item_count, delivery_address, comment, registered_dt, status, payment_status,
                    estimated_ready_dt, estimated_delivery_dt, cooking_started_dt, cooking_finished_dt,
                    delivery_started_dt, delivered_dt, cancelled_dt)
                values (?::uuid, ?::integer, ?, ?, ?::numeric, ?::integer, ?, ?, ?::timestamptz, ?, ?,
                    ?::timestamptz, ?::timestamptz, ?::timestamptz, ?::timestamptz,
                    ?::timestamptz, ?::timestamptz, ?::timestamptz)
                returning delivery_order_c_id)
            insert into delivery_orderitem_c (order_id, line_no, delivery_menuitem_c_id, name, unit_price,
                quantity, line_cost)
            select placed.delivery_order_c_id, line.no, line.item, line.name, line.price, line.quantity, line.cost
            from placed, unnest(?::integer[], ?::varchar[], ?::numeric[], ?::integer[], ?::numeric[])
                with ordinality as line(item, name, price, quantity, cost, no)""";

    /** The kitchen queue counted up to a bound (see {@link #kitchenQueue(int)}). */
    static final String KITCHEN_QUEUE = "select count(*) from (select 1 from delivery_order_c"
            + " where status in ('PROCESSING', 'COOKING') order by status limit ?) queue";

    private final JooqUnitOfWork db;
    private final PrerenderedQuery byUid;
    private final PrerenderedQuery page;

    JooqOrderRepository(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
        this.byUid = new PrerenderedQuery(
                db.dsl(),
                OrderRows.selectWithLines(db.dsl()).where(DELIVERY_ORDER_C.ORDER_UID.eq(param("uid", UUID.class))));
        // One statement for every kind of page, so that it is rendered once: the first page reads
        // below the largest id, and the "all" flag switches the status filter off.
        this.page = new PrerenderedQuery(db.dsl(), pageOf(param("customer", Integer.class)));
    }

    /**
     * A page of one customer's orders, newest first, with the placeholders {@code before}, {@code all}
     * and {@code rows} in that order (after {@code customer}'s, if it is one).
     */
    static Select<? extends Record> pageOf(Field<Integer> customer) {
        return select(
                        DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID,
                        DELIVERY_ORDER_C.ORDER_UID,
                        DELIVERY_ORDER_C.STATUS,
                        DELIVERY_ORDER_C.REGISTERED_DT,
                        DELIVERY_ORDER_C.TOTAL_AMOUNT,
                        DELIVERY_ORDER_C.CURRENCY,
                        DELIVERY_ORDER_C.ITEM_COUNT,
                        DELIVERY_ORDER_C.ESTIMATED_DELIVERY_DT)
                .from(DELIVERY_ORDER_C)
                .where(DELIVERY_ORDER_C.CUSTOMER_ID.eq(customer))
                .and(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID.lt(param("before", Long.class)))
                .and(condition(param("all", Boolean.class))
                        .or(DELIVERY_ORDER_C.STATUS.notIn(
                                FINISHED.stream().map(DSL::inline).toList())))
                .orderBy(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID.desc())
                .limit(param("rows", Integer.class));
    }

    @Override
    public void add(Order order) {
        int count = order.lines().size();
        Integer[] items = new Integer[count];
        String[] names = new String[count];
        BigDecimal[] prices = new BigDecimal[count];
        Integer[] quantities = new Integer[count];
        BigDecimal[] costs = new BigDecimal[count];
        for (int i = 0; i < count; i++) {
            OrderLine line = order.lines().get(i);
            items[i] = line.menuItemId().value();
            names[i] = line.name();
            prices[i] = line.unitPrice().amount();
            quantities[i] = line.quantity();
            costs[i] = line.cost().amount();
        }
        Timeline timeline = order.timeline();
        // Any count: the statement's form fixes it (one order row, and one line per element of arrays of the order's
        // length, or an error), so the unit may commit in the writes' round trip.
        db.write(
                INSERT,
                -1,
                order.uid().value(),
                order.customerId().value(),
                order.paymentMethod().name(),
                order.total().currency().getCurrencyCode(),
                order.total().amount(),
                order.itemCount(),
                order.address().value(),
                order.comment(),
                utc(timeline.registeredAt()),
                order.status().name(),
                order.paymentStatus().name(),
                utc(order.estimates().readyAt()),
                utc(order.estimates().deliveryAt()),
                utc(timeline.cookingStartedAt()),
                utc(timeline.cookingFinishedAt()),
                utc(timeline.deliveryStartedAt()),
                utc(timeline.deliveredAt()),
                utc(timeline.cancelledAt()),
                items,
                names,
                prices,
                quantities,
                costs);
    }

    @Override
    public Optional<Order> byUid(OrderUid uid) {
        return byUid.with(db.dsl(), uid.value()).fetchOptional(OrderRows::toOrder);
    }

    @Override
    public Optional<Order> lockByUid(OrderUid uid) {
        return OrderRows.selectWithLines(db.dsl())
                .where(DELIVERY_ORDER_C.ORDER_UID.eq(uid.value()))
                .forUpdate()
                .of(DELIVERY_ORDER_C)
                .fetchOptional(OrderRows::toOrder);
    }

    @Override
    public void update(Order order) {
        Timeline timeline = order.timeline();
        db.dsl()
                .update(DELIVERY_ORDER_C)
                .set(DELIVERY_ORDER_C.STATUS, order.status().name())
                .set(DELIVERY_ORDER_C.PAYMENT_STATUS, order.paymentStatus().name())
                .set(DELIVERY_ORDER_C.COOKING_STARTED_DT, utc(timeline.cookingStartedAt()))
                .set(DELIVERY_ORDER_C.COOKING_FINISHED_DT, utc(timeline.cookingFinishedAt()))
                .set(DELIVERY_ORDER_C.DELIVERY_STARTED_DT, utc(timeline.deliveryStartedAt()))
                .set(DELIVERY_ORDER_C.DELIVERED_DT, utc(timeline.deliveredAt()))
                .set(DELIVERY_ORDER_C.CANCELLED_DT, utc(timeline.cancelledAt()))
                .set(DELIVERY_ORDER_C.ESTIMATED_READY_DT, utc(order.estimates().readyAt()))
                .set(
                        DELIVERY_ORDER_C.ESTIMATED_DELIVERY_DT,
                        utc(order.estimates().deliveryAt()))
                .where(DELIVERY_ORDER_C.ORDER_UID.eq(order.uid().value()))
                .execute();
    }

    @Override
    public OrderPage page(CustomerId customerId, boolean pendingOnly, int limit, Optional<OrderPage.Position> after) {
        // One row more than asked tells whether another page follows, without a count.
        List<? extends Record> rows = page.with(
                        db.dsl(),
                        customerId.value(),
                        after.map(OrderPage.Position::value).orElse(Long.MAX_VALUE),
                        !pendingOnly,
                        limit + 1)
                .fetch();
        return toPage(rows, limit);
    }

    /** The page from its rows, read one more than {@code limit}. */
    static OrderPage toPage(List<? extends Record> rows, int limit) {
        List<OrderSummary> summaries = rows.stream()
                .limit(limit)
                .map(row -> new OrderSummary(
                        new OrderUid(row.get(DELIVERY_ORDER_C.ORDER_UID)),
                        OrderStatus.valueOf(row.get(DELIVERY_ORDER_C.STATUS)),
                        row.get(DELIVERY_ORDER_C.REGISTERED_DT).toInstant(),
                        new Money(
                                row.get(DELIVERY_ORDER_C.TOTAL_AMOUNT),
                                Currency.getInstance(row.get(DELIVERY_ORDER_C.CURRENCY))),
                        row.get(DELIVERY_ORDER_C.ITEM_COUNT),
                        row.get(DELIVERY_ORDER_C.ESTIMATED_DELIVERY_DT).toInstant()))
                .toList();
        Optional<OrderPage.Position> next = rows.size() > limit
                ? Optional.of(new OrderPage.Position(rows.get(limit - 1).get(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID)))
                : Optional.empty();
        return new OrderPage(summaries, next);
    }

    @Override
    public List<Order> newestOf(CustomerId customerId, boolean pendingOnly, int limit) {
        // The customer's index gives the newest first; the lines come along as a MULTISET.
        return OrderRows.selectWithLines(db.dsl())
                .where(DELIVERY_ORDER_C.CUSTOMER_ID.eq(customerId.value()))
                .and(pendingOnly ? DELIVERY_ORDER_C.STATUS.notIn(FINISHED) : DSL.noCondition())
                .orderBy(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID.desc())
                .limit(limit)
                .fetch(OrderRows::toOrder);
    }

    @Override
    public List<Order> lockUnpaidPlacedBefore(Instant placedBefore, int limit) {
        // SKIP LOCKED: instances sweeping at once take disjoint batches instead of queueing on each other.
        return OrderRows.selectWithLines(db.dsl())
                .where(DELIVERY_ORDER_C.STATUS.eq(OrderStatus.AWAITING_PAYMENT.name()))
                .and(DELIVERY_ORDER_C.REGISTERED_DT.lt(utc(placedBefore)))
                .orderBy(DELIVERY_ORDER_C.REGISTERED_DT)
                .limit(limit)
                .forUpdate()
                .of(DELIVERY_ORDER_C)
                .skipLocked()
                .fetch(OrderRows::toOrder);
    }

    @Override
    public int kitchenQueue() {
        return db.dsl()
                .fetchSingle(selectCount()
                        .from(DELIVERY_ORDER_C)
                        .where(DELIVERY_ORDER_C.STATUS.in(OrderStatus.PROCESSING.name(), OrderStatus.COOKING.name())))
                .value1();
    }

    @Override
    public int kitchenQueue(int atMost) {
        // Counts at most atMost entries of the partial kitchen index, so the cost of an estimate stays
        // the same however many orders are active (the full count grew with them). The order by binds
        // the plan to that index: with many active orders the planner took a table scan that stops
        // after atMost of them, but passes every delivered order stored before them first.
        return db.dsl().resultQuery(KITCHEN_QUEUE, Math.max(atMost, 0)).fetchSingle(0, Integer.class);
    }

    private static OffsetDateTime utc(Instant instant) {
        return JooqSessionRepository.utc(instant);
    }

    private static OffsetDateTime utc(Optional<Instant> instant) {
        return instant.map(JooqSessionRepository::utc).orElse(null);
    }
}
