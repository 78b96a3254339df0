package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDERITEM_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDER_C;
import static org.jooq.Records.mapping;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.Estimates;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderStatus;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PaymentStatus;
import com.fooddelivery.customer.domain.order.Timeline;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectJoinStep;

/**
 * An order as {@link JooqOrderRepository} reads it back: its row in {@code delivery_order_c} with its
 * lines from {@code delivery_orderitem_c} as a MULTISET in the same statement, and the {@link Order} they make.
 */
final class OrderRows {

    static final Field<List<OrderLine>> LINES = multiset(select(
                            DELIVERY_ORDERITEM_C.DELIVERY_MENUITEM_C_ID,
                            DELIVERY_ORDERITEM_C.NAME,
                            DELIVERY_ORDERITEM_C.UNIT_PRICE,
                            DELIVERY_ORDERITEM_C.QUANTITY,
                            DELIVERY_ORDER_C.CURRENCY)
                    .from(DELIVERY_ORDERITEM_C)
                    .where(DELIVERY_ORDERITEM_C.ORDER_ID.eq(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID))
                    .orderBy(DELIVERY_ORDERITEM_C.LINE_NO))
            .as("lines")
            .convertFrom(result -> result.map(mapping((itemId, name, unitPrice, quantity, currency) -> new OrderLine(
                    new MenuItemId(itemId), name, new Money(unitPrice, Currency.getInstance(currency)), quantity))));

    private OrderRows() {}

    /** An order's columns and its lines, from {@code delivery_order_c}, for the caller's conditions. */
    static SelectJoinStep<? extends Record> selectWithLines(DSLContext dsl) {
        return dsl.select(
                        DELIVERY_ORDER_C.ORDER_UID,
                        DELIVERY_ORDER_C.CUSTOMER_ID,
                        DELIVERY_ORDER_C.STATUS,
                        DELIVERY_ORDER_C.PAYMENT_METHOD,
                        DELIVERY_ORDER_C.PAYMENT_STATUS,
                        DELIVERY_ORDER_C.DELIVERY_ADDRESS,
                        DELIVERY_ORDER_C.COMMENT,
                        DELIVERY_ORDER_C.REGISTERED_DT,
                        DELIVERY_ORDER_C.COOKING_STARTED_DT,
                        DELIVERY_ORDER_C.COOKING_FINISHED_DT,
                        DELIVERY_ORDER_C.DELIVERY_STARTED_DT,
                        DELIVERY_ORDER_C.DELIVERED_DT,
                        DELIVERY_ORDER_C.CANCELLED_DT,
                        DELIVERY_ORDER_C.ESTIMATED_READY_DT,
                        DELIVERY_ORDER_C.ESTIMATED_DELIVERY_DT,
                        LINES)
                .from(DELIVERY_ORDER_C);
    }

    /** The order a row of {@link #selectWithLines} holds. */
    static Order toOrder(Record row) {
        return toOrder(RowValues.of(row), row.get(LINES));
    }

    /** The order of a row holding the order's columns, with its lines read apart from {@link #LINES}. */
    static Order toOrder(RowValues row, List<OrderLine> lines) {
        Timeline timeline = new Timeline(
                row.get(DELIVERY_ORDER_C.REGISTERED_DT).toInstant(),
                instant(row.get(DELIVERY_ORDER_C.COOKING_STARTED_DT)),
                instant(row.get(DELIVERY_ORDER_C.COOKING_FINISHED_DT)),
                instant(row.get(DELIVERY_ORDER_C.DELIVERY_STARTED_DT)),
                instant(row.get(DELIVERY_ORDER_C.DELIVERED_DT)),
                instant(row.get(DELIVERY_ORDER_C.CANCELLED_DT)));
        return new Order(
                new OrderUid(row.get(DELIVERY_ORDER_C.ORDER_UID)),
                new CustomerId(row.get(DELIVERY_ORDER_C.CUSTOMER_ID)),
                lines,
                new DeliveryAddress(row.get(DELIVERY_ORDER_C.DELIVERY_ADDRESS)),
                row.get(DELIVERY_ORDER_C.COMMENT),
                PaymentMethod.valueOf(row.get(DELIVERY_ORDER_C.PAYMENT_METHOD)),
                PaymentStatus.valueOf(row.get(DELIVERY_ORDER_C.PAYMENT_STATUS)),
                OrderStatus.valueOf(row.get(DELIVERY_ORDER_C.STATUS)),
                timeline,
                new Estimates(
                        row.get(DELIVERY_ORDER_C.ESTIMATED_READY_DT).toInstant(),
                        row.get(DELIVERY_ORDER_C.ESTIMATED_DELIVERY_DT).toInstant()));
    }

    private static Optional<Instant> instant(OffsetDateTime value) {
        return Optional.ofNullable(value).map(OffsetDateTime::toInstant);
    }
}
