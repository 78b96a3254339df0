package com.fooddelivery.customer.domain.statistics;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

/**
 * One customer's figures over a period, by placing time. An order counts once delivered or paid;
 * cancelled ones are counted apart and orders under way not at all.
 */
public interface OrderStatistics {

    /** Every bucket of the period, empty ones as zeros, oldest first. */
    List<BucketFigures> series(CustomerId customer, StatisticsPeriod period);

    /** Every menu item in the counted orders. */
    List<ItemFigures> items(CustomerId customer, StatisticsPeriod period);

    /** Where the counted orders went, the most used place first. */
    List<PlaceFigures> places(CustomerId customer, StatisticsPeriod period);

    /** When the counted orders were placed, by weekday and hour. */
    List<TimeFigures> times(CustomerId customer, StatisticsPeriod period);

    /** One bucket of the series. */
    record BucketFigures(LocalDateTime start, long orders, long items, BigDecimal spent, long cancelled) {}

    /** One menu item's share. */
    record ItemFigures(MenuItemId menuItemId, String name, long quantity, BigDecimal spent) {}

    /** One delivery place. */
    record PlaceFigures(String address, long orders, BigDecimal spent) {}

    /** Counted orders placed on one ISO weekday (1 is Monday) at one hour. */
    record TimeFigures(int isoWeekday, int hour, long orders) {}
}
