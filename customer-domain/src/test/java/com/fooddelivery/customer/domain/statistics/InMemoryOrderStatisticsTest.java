package com.fooddelivery.customer.domain.statistics;

import static com.fooddelivery.customer.domain.order.OrderFixtures.T0;
import static com.fooddelivery.customer.domain.order.OrderFixtures.anOrder;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The fake counts as the port promises: paid or delivered orders, cancelled ones apart, every bucket shown. */
class InMemoryOrderStatisticsTest {

    private static final CustomerId ANNA = new CustomerId(1);
    private static final StatisticsPeriod THREE_DAYS =
            new StatisticsPeriod(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 26), Bucket.DAY, ZoneOffset.UTC);

    private final InMemoryOrderRepository orders = new InMemoryOrderRepository();
    private final OrderStatistics statistics = new InMemoryOrderStatistics(orders);

    @Test
    void aPaidOrderCountsAnUnpaidOneDoesNotAndACancelledOneIsCountedApart() {
        orders.add(anOrder().by(ANNA).paidWith(PaymentMethod.CARD).build().paymentSecured(true));
        orders.add(anOrder().by(ANNA).build());
        orders.add(anOrder().by(ANNA).build().cancel(T0.plusSeconds(60)));
        orders.add(anOrder()
                .by(new CustomerId(2))
                .paidWith(PaymentMethod.CARD)
                .build()
                .paymentSecured(true));

        assertThat(statistics.series(ANNA, THREE_DAYS))
                .extracting(BucketFigures::orders, BucketFigures::items, BucketFigures::cancelled)
                .containsExactly(tuple(0L, 0L, 0L), tuple(1L, 3L, 1L), tuple(0L, 0L, 0L));
        assertThat(statistics.series(ANNA, THREE_DAYS).get(1).spent()).isEqualByComparingTo("19.20");
        assertThat(statistics.items(ANNA, THREE_DAYS))
                .extracting(OrderStatistics.ItemFigures::menuItemId, OrderStatistics.ItemFigures::quantity)
                .containsExactly(tuple(new MenuItemId(1), 2L), tuple(new MenuItemId(2), 1L));
        assertThat(statistics.places(ANNA, THREE_DAYS))
                .containsExactly(new OrderStatistics.PlaceFigures("Main street 1, Berlin", 1, new BigDecimal("19.20")));
        assertThat(statistics.times(ANNA, THREE_DAYS)).containsExactly(new OrderStatistics.TimeFigures(3, 12, 1));
    }

    /** Sunday 23:00 UTC is Monday in Berlin: the order falls in the second week there. */
    @Test
    void bucketsAreCutInTheCustomersZoneAndWeeksBeginOnMonday() {
        orders.add(anOrder()
                .by(ANNA)
                .paidWith(PaymentMethod.CARD)
                .placedAt(T0.plus(Duration.ofDays(4).plusHours(11)))
                .build()
                .paymentSecured(true));
        StatisticsPeriod weeks = new StatisticsPeriod(
                LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 6), Bucket.WEEK, ZoneId.of("Europe/Berlin"));

        assertThat(statistics.series(ANNA, weeks))
                .extracting(figures -> figures.start().toLocalDate(), BucketFigures::orders)
                .containsExactly(tuple(LocalDate.of(2026, 11, 23), 0L), tuple(LocalDate.of(2026, 11, 30), 1L));
    }
}
