package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDERITEM_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_ORDER_C;
import static com.fooddelivery.customer.adapter.persistence.jooq.Tables.DELIVERY_RATING_C;
import static org.jooq.impl.DSL.avg;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.round;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.val;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.rating.ItemRating;
import com.fooddelivery.customer.domain.rating.OrderRatings;
import com.fooddelivery.customer.domain.rating.Rating;
import com.fooddelivery.customer.domain.rating.RatingSummary;
import com.fooddelivery.customer.domain.rating.RestaurantRatings;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Record3;

/**
 * Ratings in {@code delivery_rating_c}, keyed by the order's row, and the averages read from them.
 * Each read is one statement.
 */
public final class JooqRatings implements OrderRatings, RestaurantRatings {

    private final JooqUnitOfWork db;

    JooqRatings(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public Optional<Rating> of(OrderUid uid) {
        return db.dsl()
                .select(
                        DELIVERY_RATING_C.FOOD_STARS,
                        DELIVERY_RATING_C.DELIVERY_STARS,
                        DELIVERY_RATING_C.COMMENT,
                        DELIVERY_RATING_C.RATED_DT)
                .from(DELIVERY_RATING_C)
                .join(DELIVERY_ORDER_C)
                .on(DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID.eq(DELIVERY_RATING_C.ORDER_ID))
                .where(DELIVERY_ORDER_C.ORDER_UID.eq(uid.value()))
                .fetchOptional(row -> new Rating(
                        row.value1(), row.value2(), row.value3(), row.value4().toInstant()));
    }

    @Override
    public void save(OrderUid uid, Rating rating) {
        int stored = db.dsl()
                .insertInto(
                        DELIVERY_RATING_C,
                        DELIVERY_RATING_C.ORDER_ID,
                        DELIVERY_RATING_C.FOOD_STARS,
                        DELIVERY_RATING_C.DELIVERY_STARS,
                        DELIVERY_RATING_C.COMMENT,
                        DELIVERY_RATING_C.RATED_DT)
                .select(select(
                                DELIVERY_ORDER_C.DELIVERY_ORDER_C_ID,
                                val((short) rating.food()),
                                val((short) rating.delivery()),
                                val(rating.comment()),
                                val(rating.ratedAt().atOffset(ZoneOffset.UTC)))
                        .from(DELIVERY_ORDER_C)
                        .where(DELIVERY_ORDER_C.ORDER_UID.eq(uid.value())))
                .onConflict(DELIVERY_RATING_C.ORDER_ID)
                .doUpdate()
                .set(DELIVERY_RATING_C.FOOD_STARS, (short) rating.food())
                .set(DELIVERY_RATING_C.DELIVERY_STARS, (short) rating.delivery())
                .set(DELIVERY_RATING_C.COMMENT, rating.comment())
                .set(DELIVERY_RATING_C.RATED_DT, rating.ratedAt().atOffset(ZoneOffset.UTC))
                .execute();
        if (stored != 1) {
            throw new IllegalStateException("no order " + uid + " to rate");
        }
    }

    @Override
    public RatingSummary since(Instant since) {
        Record3<BigDecimal, BigDecimal, Integer> row = db.dsl()
                .select(
                        round(avg(DELIVERY_RATING_C.FOOD_STARS), 2),
                        round(avg(DELIVERY_RATING_C.DELIVERY_STARS), 2),
                        count())
                .from(DELIVERY_RATING_C)
                .where(DELIVERY_RATING_C.RATED_DT.ge(since.atOffset(ZoneOffset.UTC)))
                .fetchSingle();
        return new RatingSummary(Optional.ofNullable(row.value1()), Optional.ofNullable(row.value2()), row.value3());
    }

    @Override
    public Map<MenuItemId, ItemRating> ofItems(Collection<MenuItemId> items) {
        Map<MenuItemId, ItemRating> rated = new HashMap<>();
        if (items.isEmpty()) {
            return rated;
        }
        // An order naming the item on two lines is one rating of that dish: each (item, order) pair once,
        // so it weighs in the average and the count like any other order.
        var lines = selectDistinct(DELIVERY_ORDERITEM_C.DELIVERY_MENUITEM_C_ID, DELIVERY_ORDERITEM_C.ORDER_ID)
                .from(DELIVERY_ORDERITEM_C)
                .where(DELIVERY_ORDERITEM_C.DELIVERY_MENUITEM_C_ID.in(
                        items.stream().map(MenuItemId::value).toList()))
                .asTable("lines");
        var item = lines.field(DELIVERY_ORDERITEM_C.DELIVERY_MENUITEM_C_ID);
        var orders = count();
        db.dsl()
                .select(item, round(avg(DELIVERY_RATING_C.FOOD_STARS), 2), orders)
                .from(lines)
                .join(DELIVERY_RATING_C)
                .on(DELIVERY_RATING_C.ORDER_ID.eq(lines.field(DELIVERY_ORDERITEM_C.ORDER_ID)))
                .groupBy(item)
                .having(orders.ge(ItemRating.SHOWN_FROM))
                .forEach(row -> rated.put(new MenuItemId(row.value1()), new ItemRating(row.value2(), row.value3())));
        return rated;
    }
}
