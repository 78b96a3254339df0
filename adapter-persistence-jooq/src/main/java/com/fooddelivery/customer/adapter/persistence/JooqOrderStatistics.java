package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.statistics.OrderStatistics;
import com.fooddelivery.customer.domain.statistics.StatisticsPeriod;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The customer's statistics, one SQL statement per group. Each reads only the customer's orders of the
 * period through {@code delivery_order_c_customer_placed_idx} (customer, placed), so its cost follows
 * the customer's own orders, not the table's size. Buckets are cut in the customer's zone by
 * PostgreSQL ({@code date_trunc} on the local time) and the empty ones come from {@code generate_series}.
 */
public final class JooqOrderStatistics implements OrderStatistics {

    /** An order counts once it is delivered or paid and is not cancelled. */
    private static final String COUNTED =
            "(o.status <> 'CANCELLED' and (o.status = 'DELIVERED' or o.payment_status = 'PAID'))";

    private static final String OF_THE_PERIOD =
            " from delivery_order_c o where o.customer_id = ? and o.registered_dt >= ?::timestamptz and o.registered_dt < ?::timestamptz ";

    private static final String SERIES = """
            with figures as (
                select date_trunc(?::text, o.registered_dt at time zone ?::text) as bucket,
                       count(*) filter (where %1$s) as orders,
                       coalesce(sum(o.item_count) filter (where %1$s), 0) as items,
                       coalesce(sum(o.total_amount) filter (where %1$s), 0) as spent,
                       count(*) filter (where o.status = 'CANCELLED') as cancelled
                %2$s
                group by 1)
            select b.bucket, coalesce(f.orders, 0), coalesce(f.items, 0), coalesce(f.spent, 0), coalesce(f.cancelled, 0)
            from generate_series(date_trunc(?::text, ?::timestamp), ?::timestamp, ?::interval) as b(bucket)
            left join figures f on f.bucket = b.bucket
            order by b.bucket
            """.formatted(COUNTED, OF_THE_PERIOD);
    private static final String ITEMS = """
            select i.delivery_menuitem_c_id, max(i.name), sum(i.quantity), sum(i.line_cost)
            %s and %s
            group by i.delivery_menuitem_c_id
            """.formatted(
                    OF_THE_PERIOD.replace(
                            "delivery_order_c o",
                            "delivery_order_c o join delivery_orderitem_c i on i.order_id = o.delivery_order_c_id"),
                    COUNTED);
    private static final String PLACES = """
            select o.delivery_address, count(*), sum(o.total_amount)
            %s and %s
            group by o.delivery_address
            order by 2 desc, 3 desc, 1
            """.formatted(OF_THE_PERIOD, COUNTED);
    private static final String TIMES = """
            select extract(isodow from o.registered_dt at time zone ?::text)::int,
                   extract(hour from o.registered_dt at time zone ?::text)::int, count(*)
            %s and %s
            group by 1, 2
            """.formatted(OF_THE_PERIOD, COUNTED);

    private final JooqUnitOfWork db;

    JooqOrderStatistics(JooqUnitOfWork db) {
        this.db = Objects.requireNonNull(db, "db");
    }

    @Override
    public List<BucketFigures> series(CustomerId customer, StatisticsPeriod period) {
        String unit = period.bucket().name().toLowerCase(Locale.ROOT);
        String zone = period.zone().getId();
        return db.dsl()
                .resultQuery(
                        SERIES,
                        unit,
                        zone,
                        customer.value(),
                        start(period),
                        end(period),
                        unit,
                        period.from().atStartOfDay().toString(),
                        period.to().atStartOfDay().toString(),
                        "1 " + unit)
                .fetch(row -> new BucketFigures(
                        row.get(0, LocalDateTime.class),
                        row.get(1, Long.class),
                        row.get(2, Long.class),
                        row.get(3, BigDecimal.class),
                        row.get(4, Long.class)));
    }

    @Override
    public List<ItemFigures> items(CustomerId customer, StatisticsPeriod period) {
        return db.dsl()
                .resultQuery(ITEMS, customer.value(), start(period), end(period))
                .fetch(row -> new ItemFigures(
                        new MenuItemId(row.get(0, Integer.class)),
                        row.get(1, String.class),
                        row.get(2, Long.class),
                        row.get(3, BigDecimal.class)));
    }

    @Override
    public List<PlaceFigures> places(CustomerId customer, StatisticsPeriod period) {
        return db.dsl()
                .resultQuery(PLACES, customer.value(), start(period), end(period))
                .fetch(row -> new PlaceFigures(
                        row.get(0, String.class), row.get(1, Long.class), row.get(2, BigDecimal.class)));
    }

    @Override
    public List<TimeFigures> times(CustomerId customer, StatisticsPeriod period) {
        String zone = period.zone().getId();
        return db.dsl()
                .resultQuery(TIMES, zone, zone, customer.value(), start(period), end(period))
                .fetch(row ->
                        new TimeFigures(row.get(0, Integer.class), row.get(1, Integer.class), row.get(2, Long.class)));
    }

    // Times travel as ISO text cast in the statement: plain SQL binds leave their types to the driver.

    /** The first instant of the first day, in the customer's zone. */
    private static String start(StatisticsPeriod period) {
        return period.from()
                .atStartOfDay(period.zone())
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toString();
    }

    /** The first instant after the last day. */
    private static String end(StatisticsPeriod period) {
        return period.to()
                .plusDays(1)
                .atStartOfDay(period.zone())
                .toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC)
                .toString();
    }
}
