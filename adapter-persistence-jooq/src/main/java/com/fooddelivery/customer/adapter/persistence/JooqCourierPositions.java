package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDER_C;

import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.OrderUid;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jooq.Record;

/** The courier's latest position in the order's own row ({@code courier_*} columns). */
final class JooqCourierPositions implements CourierPositions {

    private final JooqUnitOfWork db;

    JooqCourierPositions(JooqUnitOfWork db) {
        this.db = db;
    }

    @Override
    public Optional<CourierPosition> latest(OrderUid uid) {
        return db.dsl()
                .select(
                        DELIVERY_ORDER_C.COURIER_LAT,
                        DELIVERY_ORDER_C.COURIER_LON,
                        DELIVERY_ORDER_C.COURIER_AT,
                        DELIVERY_ORDER_C.COURIER_HEADING,
                        DELIVERY_ORDER_C.COURIER_SPEED)
                .from(DELIVERY_ORDER_C)
                .where(DELIVERY_ORDER_C.ORDER_UID.eq(uid.value()))
                .and(DELIVERY_ORDER_C.COURIER_AT.isNotNull())
                .fetchOptional(JooqCourierPositions::position);
    }

    @Override
    public void keep(OrderUid uid, CourierPosition position) {
        db.dsl()
                .update(DELIVERY_ORDER_C)
                .set(DELIVERY_ORDER_C.COURIER_LAT, position.lat())
                .set(DELIVERY_ORDER_C.COURIER_LON, position.lon())
                .set(DELIVERY_ORDER_C.COURIER_AT, JooqSessionRepository.utc(position.at()))
                .set(DELIVERY_ORDER_C.COURIER_HEADING, boxed(position.heading()))
                .set(DELIVERY_ORDER_C.COURIER_SPEED, boxed(position.speed()))
                .where(DELIVERY_ORDER_C.ORDER_UID.eq(uid.value()))
                .execute();
    }

    static CourierPosition position(Record row) {
        return position(RowValues.of(row));
    }

    static CourierPosition position(RowValues row) {
        return new CourierPosition(
                row.get(DELIVERY_ORDER_C.COURIER_LAT),
                row.get(DELIVERY_ORDER_C.COURIER_LON),
                row.get(DELIVERY_ORDER_C.COURIER_AT).toInstant(),
                optional(row.get(DELIVERY_ORDER_C.COURIER_HEADING)),
                optional(row.get(DELIVERY_ORDER_C.COURIER_SPEED)));
    }

    private static Double boxed(OptionalDouble value) {
        return value.isPresent() ? value.getAsDouble() : null;
    }

    private static OptionalDouble optional(Double value) {
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
}
