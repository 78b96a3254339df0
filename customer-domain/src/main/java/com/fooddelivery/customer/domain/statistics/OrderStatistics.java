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

    /**
     * Every bucket of the period, empty ones as zeros, oldest first.
     *
     * @param customer whose orders
     * @param period   the days, the step and the zone
     * @return one entry per bucket
     */
    List<BucketFigures> series(CustomerId customer, StatisticsPeriod period);

    /**
     * Every menu item in the counted orders.
     *
     * @param customer whose orders
     * @param period   the days and the zone
     * @return one entry per menu item
     */
    List<ItemFigures> items(CustomerId customer, StatisticsPeriod period);

    /**
     * Where the counted orders went.
     *
     * @param customer whose orders
     * @param period   the days and the zone
     * @return one entry per delivery place, the most used first
     */
    List<PlaceFigures> places(CustomerId customer, StatisticsPeriod period);

    /**
     * When the counted orders were placed, by weekday and hour.
     *
     * @param customer whose orders
     * @param period   the days and the zone
     * @return the non-empty (weekday, hour) cells
     */
    List<TimeFigures> times(CustomerId customer, StatisticsPeriod period);

    /**
     * One bucket of the series.
     *
     * @param start     when it starts, in the customer's zone
     * @param orders    counted orders
     * @param items     their items
     * @param spent     their money
     * @param cancelled cancelled orders
     */
    record BucketFigures(LocalDateTime start, long orders, long items, BigDecimal spent, long cancelled) {}

    /**
     * One menu item's share.
     *
     * @param menuItemId the item
     * @param name       its name as last ordered
     * @param quantity   how many were ordered
     * @param spent      what they cost
     */
    record ItemFigures(MenuItemId menuItemId, String name, long quantity, BigDecimal spent) {}

    /**
     * One delivery place.
     *
     * @param address the address as given
     * @param orders  counted orders sent there
     * @param spent   their money
     */
    record PlaceFigures(String address, long orders, BigDecimal spent) {}

    /**
     * Counted orders placed on one weekday at one hour.
     *
     * @param isoWeekday 1 (Monday) to 7 (Sunday)
     * @param hour       0 to 23
     * @param orders     how many
     */
    record TimeFigures(int isoWeekday, int hour, long orders) {}
}
