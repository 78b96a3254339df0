package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.statistics.Statistics;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.ItemFigures;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The customer's statistics as the API shows them; money in the service's currency. */
final class StatisticsDtos {

    private StatisticsDtos() {}

    record Figures(long orders, long items, BigDecimal spent, long cancelled, BigDecimal averageOrderValue) {}

    record BucketDto(
            OffsetDateTime start,
            long orders,
            long items,
            BigDecimal spent,
            long cancelled,
            BigDecimal averageOrderValue) {}

    record ItemDto(int menuItemId, String name, long quantity, BigDecimal spent) {}

    record PlaceDto(String deliveryAddress, long orders, BigDecimal spent) {}

    record StatisticsDto(
            LocalDate from,
            LocalDate to,
            String bucket,
            String zone,
            String currency,
            List<BucketDto> buckets,
            Figures totals,
            List<ItemDto> topItemsByQuantity,
            List<ItemDto> topItemsByMoney,
            List<PlaceDto> deliveryPlaces,
            List<Integer> ordersByWeekday,
            List<Integer> ordersByHour) {}

    static StatisticsDto toDto(Statistics statistics, String currency) {
        var period = statistics.period();
        return new StatisticsDto(
                period.from(),
                period.to(),
                period.bucket().name().toLowerCase(Locale.ROOT),
                period.zone().getId(),
                currency,
                statistics.series().stream()
                        .map(bucket -> bucket(bucket, statistics))
                        .toList(),
                new Figures(
                        statistics.orders(),
                        statistics.items(),
                        money(statistics.spent()),
                        statistics.cancelled(),
                        average(statistics.spent(), statistics.orders())),
                statistics.topByQuantity().stream().map(StatisticsDtos::item).toList(),
                statistics.topByMoney().stream().map(StatisticsDtos::item).toList(),
                statistics.places().stream()
                        .map(place -> new PlaceDto(place.address(), place.orders(), money(place.spent())))
                        .toList(),
                Arrays.stream(statistics.ordersByWeekday()).boxed().toList(),
                Arrays.stream(statistics.ordersByHour()).boxed().toList());
    }

    private static BucketDto bucket(BucketFigures bucket, Statistics statistics) {
        return new BucketDto(
                bucket.start().atZone(statistics.period().zone()).toOffsetDateTime(),
                bucket.orders(),
                bucket.items(),
                money(bucket.spent()),
                bucket.cancelled(),
                average(bucket.spent(), bucket.orders()));
    }

    private static ItemDto item(ItemFigures item) {
        return new ItemDto(item.menuItemId().value(), item.name(), item.quantity(), money(item.spent()));
    }

    /** The average order value, to the cent; zero when no order counted. */
    static BigDecimal average(BigDecimal spent, long orders) {
        return orders == 0
                ? money(BigDecimal.ZERO)
                : spent.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
