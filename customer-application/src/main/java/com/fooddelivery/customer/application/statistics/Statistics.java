package com.fooddelivery.customer.application.statistics;

import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.ItemFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.PlaceFigures;
import com.fooddelivery.customer.domain.statistics.StatisticsPeriod;
import java.math.BigDecimal;
import java.util.List;

/**
 * A customer's statistics over a period.
 *
 * @param period         the days, step and zone
 * @param series         every bucket, empty ones with zeros
 * @param topByQuantity  the items ordered most often
 * @param topByMoney     the items most money went to
 * @param places         the delivery places, the most used first
 * @param ordersByWeekday counted orders per ISO weekday, Monday first
 * @param ordersByHour   counted orders per hour of the customer's day
 */
@SuppressWarnings("ArrayRecordComponent") // the arrays are copied in and out and never compared
public record Statistics(
        StatisticsPeriod period,
        List<BucketFigures> series,
        List<ItemFigures> topByQuantity,
        List<ItemFigures> topByMoney,
        List<PlaceFigures> places,
        int[] ordersByWeekday,
        int[] ordersByHour) {

    /**
     * Copies the lists and arrays, so the result cannot change under its reader.
     *
     * @param period the period
     * @param series the series
     * @param topByQuantity the top items by quantity
     * @param topByMoney the top items by money
     * @param places the places
     * @param ordersByWeekday per weekday
     * @param ordersByHour per hour
     */
    public Statistics {
        series = List.copyOf(series);
        topByQuantity = List.copyOf(topByQuantity);
        topByMoney = List.copyOf(topByMoney);
        places = List.copyOf(places);
        ordersByWeekday = ordersByWeekday.clone();
        ordersByHour = ordersByHour.clone();
    }

    /** @return counted orders over the period */
    public long orders() {
        return series.stream().mapToLong(BucketFigures::orders).sum();
    }

    /** @return their items */
    public long items() {
        return series.stream().mapToLong(BucketFigures::items).sum();
    }

    /** @return their money */
    public BigDecimal spent() {
        return series.stream().map(BucketFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** @return cancelled orders over the period */
    public long cancelled() {
        return series.stream().mapToLong(BucketFigures::cancelled).sum();
    }
}
