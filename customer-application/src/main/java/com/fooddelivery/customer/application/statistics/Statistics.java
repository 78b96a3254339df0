package com.fooddelivery.customer.application.statistics;

import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.ItemFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.PlaceFigures;
import com.fooddelivery.customer.domain.statistics.StatisticsPeriod;
import java.math.BigDecimal;
import java.util.List;

/** A customer's statistics over a period. */
@SuppressWarnings("ArrayRecordComponent") // the arrays are copied in and out and never compared
public record Statistics(
        StatisticsPeriod period,
        List<BucketFigures> series,
        List<ItemFigures> topByQuantity,
        List<ItemFigures> topByMoney,
        List<PlaceFigures> places,
        int[] ordersByWeekday,
        int[] ordersByHour) {

    public Statistics {
        series = List.copyOf(series);
        topByQuantity = List.copyOf(topByQuantity);
        topByMoney = List.copyOf(topByMoney);
        places = List.copyOf(places);
        ordersByWeekday = ordersByWeekday.clone();
        ordersByHour = ordersByHour.clone();
    }

    public long orders() {
        return series.stream().mapToLong(BucketFigures::orders).sum();
    }

    public long items() {
        return series.stream().mapToLong(BucketFigures::items).sum();
    }

    public BigDecimal spent() {
        return series.stream().map(BucketFigures::spent).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public long cancelled() {
        return series.stream().mapToLong(BucketFigures::cancelled).sum();
    }
}
