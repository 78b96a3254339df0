package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.statistics.ShowStatistics;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Currency;
import java.util.Objects;

/** The customer's own statistics. */
public final class StatisticsRoutes {

    private final ShowStatistics showStatistics;
    private final Currency currency;

    /**
     * @param showStatistics the figures
     * @param currency       the service's one currency, named in the answer
     */
    public StatisticsRoutes(ShowStatistics showStatistics, Currency currency) {
        this.showStatistics = Objects.requireNonNull(showStatistics);
        this.currency = Objects.requireNonNull(currency);
    }

    void register(RoutesConfig routes, Responses responses) {
        routes.get(
                HttpApi.BASE + "/customers/me/statistics",
                ctx -> responses.privateJson(
                        ctx, StatisticsDtos.toDto(showStatistics.show(query(ctx)), currency.getCurrencyCode())),
                Access.CUSTOMER);
        routes.get(
                HttpApi.BASE + "/customers/me/statistics/chart.png",
                ctx -> {
                    StatisticsChart.Metric metric = StatisticsChart.Metric.parse(ctx.queryParam("metric"));
                    responses.privateBytes(
                            ctx,
                            StatisticsChart.png(showStatistics.show(query(ctx)), metric, currency.getCurrencyCode()),
                            StatisticsChart.MEDIA_TYPE);
                },
                Access.CUSTOMER);
        routes.get(
                HttpApi.BASE + "/customers/me/statistics.pdf",
                ctx -> {
                    ctx.header("Content-Disposition", "inline; filename=\"statistics.pdf\"");
                    responses.privateBytes(
                            ctx,
                            StatisticsPdf.render(showStatistics.show(query(ctx)), currency.getCurrencyCode()),
                            "application/pdf");
                },
                Access.CUSTOMER);
    }

    private static ShowStatistics.Query query(Context ctx) {
        return new ShowStatistics.Query(
                CustomerAuthentication.caller(ctx),
                ctx.queryParam("from"),
                ctx.queryParam("to"),
                ctx.queryParam("bucket"),
                ctx.queryParam("zone"));
    }
}
