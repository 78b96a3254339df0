package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.statistics.Statistics;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.statistics.Bucket;
import com.fooddelivery.customer.domain.statistics.OrderStatistics.BucketFigures;
import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Function;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.DateAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.time.Day;
import org.jfree.data.time.Month;
import org.jfree.data.time.RegularTimePeriod;
import org.jfree.data.time.TimeSeries;
import org.jfree.data.time.TimeSeriesCollection;
import org.jfree.data.time.Week;
import org.jfree.data.time.Year;

/**
 * One series of the customer's statistics as a bar chart PNG (JFreeChart, drawn off screen). The time
 * axis is a date axis in the customer's zone, so a hundred buckets get readable ticks instead of a
 * hundred labels; the value axis names the currency for money and counts in whole numbers otherwise.
 */
final class StatisticsChart {

    static final String MEDIA_TYPE = "image/png";

    /** What a chart can show. */
    @SuppressWarnings("ImmutableEnumChecker") // the functions are stateless method references and lambdas
    enum Metric {
        SPENT("Money spent", BucketFigures::spent),
        ORDERS("Orders", bucket -> BigDecimal.valueOf(bucket.orders())),
        ITEMS("Items", bucket -> BigDecimal.valueOf(bucket.items()));

        private final String label;
        private final Function<BucketFigures, BigDecimal> value;

        Metric(String label, Function<BucketFigures, BigDecimal> value) {
            this.label = label;
            this.value = value;
        }

        static Metric parse(String text) {
            if (text == null) {
                return SPENT;
            }
            for (Metric metric : values()) {
                if (metric.name().toLowerCase(Locale.ROOT).equals(text)) {
                    return metric;
                }
            }
            throw ValidationException.of("metric", "must be spent, orders or items");
        }
    }

    private StatisticsChart() {}

    static byte[] png(Statistics statistics, Metric metric, String currency) {
        TimeZone zone = TimeZone.getTimeZone(statistics.period().zone());
        TimeSeries series = new TimeSeries(metric.label);
        for (BucketFigures bucket : statistics.series()) {
            Date start =
                    Date.from(bucket.start().atZone(statistics.period().zone()).toInstant());
            series.add(period(statistics.period().bucket(), start, zone), metric.value.apply(bucket));
        }
        String unit = statistics.period().bucket().name().toLowerCase(Locale.ROOT);
        String yLabel = metric == Metric.SPENT ? metric.label + " (" + currency + ")" : metric.label;
        JFreeChart chart = ChartFactory.createXYBarChart(
                metric.label + " per " + unit + ", " + statistics.period().from() + " to "
                        + statistics.period().to(),
                "Time (" + statistics.period().zone().getId() + ")",
                true,
                yLabel,
                new TimeSeriesCollection(series, zone));
        chart.removeLegend();
        // Room on the right, so the last date tick is not cut off.
        chart.setPadding(new RectangleInsets(4, 4, 4, 24));
        chart.setBackgroundPaint(Color.WHITE);
        XYPlot plot = chart.getXYPlot();
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
        XYBarRenderer bars = (XYBarRenderer) plot.getRenderer();
        bars.setBarPainter(new StandardXYBarPainter());
        bars.setShadowVisible(false);
        bars.setSeriesPaint(0, new Color(0x2E, 0x6D, 0xB4));
        bars.setMargin(0.1);
        DateAxis time = (DateAxis) plot.getDomainAxis();
        time.setTimeZone(zone);
        time.setDateFormatOverride(dateFormat(statistics.period().bucket(), zone));
        NumberAxis values = (NumberAxis) plot.getRangeAxis();
        values.setAutoRangeIncludesZero(true);
        if (series.getMaxY() <= 0 || Double.isNaN(series.getMaxY())) {
            // Nothing to draw: an axis up to a round number still says "zero" at a glance.
            values.setRange(0, metric == Metric.SPENT ? 10 : 5);
        }
        if (metric == Metric.SPENT) {
            values.setNumberFormatOverride(new DecimalFormat("#,##0.00"));
        } else {
            values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
            values.setNumberFormatOverride(NumberFormat.getIntegerInstance(Locale.ROOT));
        }
        try {
            return ChartUtils.encodeAsPNG(chart.createBufferedImage(960, 480));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
    }

    private static RegularTimePeriod period(Bucket bucket, Date start, TimeZone zone) {
        return switch (bucket) {
            case DAY -> new Day(start, zone, Locale.ROOT);
            case WEEK -> new Week(start, zone, Locale.UK);
            case MONTH -> new Month(start, zone, Locale.ROOT);
            case YEAR -> new Year(start, zone, Locale.ROOT);
        };
    }

    private static SimpleDateFormat dateFormat(Bucket bucket, TimeZone zone) {
        SimpleDateFormat format = new SimpleDateFormat(
                switch (bucket) {
                    case DAY, WEEK -> "yyyy-MM-dd";
                    case MONTH -> "yyyy-MM";
                    case YEAR -> "yyyy";
                },
                Locale.ROOT);
        format.setTimeZone(zone);
        return format;
    }
}
