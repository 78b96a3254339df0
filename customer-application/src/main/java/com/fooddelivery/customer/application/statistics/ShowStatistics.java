package com.fooddelivery.customer.application.statistics;

import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.statistics.Bucket;
import com.fooddelivery.customer.domain.statistics.OrderStatistics;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.ItemFigures;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.PlaceFigures;
import com.fooddelivery.customer.domain.statistics.StatisticsPeriod;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The caller's own statistics over a period: the series, the top items, the delivery places and the
 * times of week, read in one transaction so the groups agree with each other.
 */
public class ShowStatistics {

    /** The zone when the customer names none. */
    public static final ZoneId UTC = ZoneId.of("UTC");

    /** How many items and places the tops list. */
    public static final int TOP = 10;

    private final OrderStatistics statistics;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public ShowStatistics(OrderStatistics statistics, UnitOfWork unitOfWork, Clock clock) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The figures of the caller's orders. */
    public Statistics show(Query query) {
        StatisticsPeriod period = query.period(clock);
        return unitOfWork.inTransaction(() -> {
            List<BucketFigures> series = statistics.series(query.caller().customerId(), period);
            List<ItemFigures> items = statistics.items(query.caller().customerId(), period);
            List<PlaceFigures> places = statistics.places(query.caller().customerId(), period);
            int[] weekdays = new int[7];
            int[] hours = new int[24];
            statistics.times(query.caller().customerId(), period).forEach(cell -> {
                weekdays[cell.isoWeekday() - 1] += (int) cell.orders();
                hours[cell.hour()] += (int) cell.orders();
            });
            return new Statistics(
                    period,
                    series,
                    items.stream()
                            .sorted(Comparator.comparingLong(ItemFigures::quantity)
                                    .reversed()
                                    .thenComparing(ItemFigures::name))
                            .limit(TOP)
                            .toList(),
                    items.stream()
                            .sorted(Comparator.comparing(ItemFigures::spent)
                                    .reversed()
                                    .thenComparing(ItemFigures::name))
                            .limit(TOP)
                            .toList(),
                    places.stream().limit(TOP).toList(),
                    weekdays,
                    hours);
        });
    }

    /** What the customer asked for, as sent; {@code to} defaults to today, {@code from} to a year before. */
    public record Query(Caller caller, String from, String to, String bucket, String zone) {
        public Query {
            Objects.requireNonNull(caller, "caller");
        }

        /** The period this query names, every bad field named at once. */
        public StatisticsPeriod period(Clock clock) {
            Validator check = Validator.check();
            ZoneId zoneId = zone == null ? UTC : check.parse(() -> zone(zone));
            Bucket step = bucket == null ? Bucket.MONTH : check.parse(() -> bucket(bucket));
            LocalDate last = to == null
                    ? (zoneId == null ? null : LocalDate.now(clock.withZone(zoneId)))
                    : check.parse(() -> date(to, "to"));
            LocalDate first = from == null
                    ? (last == null ? null : last.minusYears(1).plusDays(1))
                    : check.parse(() -> date(from, "from"));
            check.done();
            check.require(!first.isAfter(last), "from", "must not be after to")
                    .require(
                            first.isAfter(last) || last.toEpochDay() - first.toEpochDay() < StatisticsPeriod.MAX_DAYS,
                            "to",
                            "must be at most " + StatisticsPeriod.MAX_DAYS + " days after from")
                    .done();
            return new StatisticsPeriod(first, last, step, zoneId);
        }

        // Region ids only: PostgreSQL's POSIX reading turns an offset such as +02:00 around.
        private static ZoneId zone(String id) {
            if (!ZoneId.getAvailableZoneIds().contains(id)) {
                throw ValidationException.of("zone", "must be an IANA time zone id such as Europe/Berlin or UTC");
            }
            return ZoneId.of(id);
        }

        private static Bucket bucket(String name) {
            try {
                return Bucket.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException unknown) {
                throw ValidationException.of("bucket", "must be day, week, month or year");
            }
        }

        private static LocalDate date(String text, String field) {
            try {
                return LocalDate.parse(text);
            } catch (DateTimeException bad) {
                throw ValidationException.of(field, "must be a date such as 2026-01-31");
            }
        }
    }
}
