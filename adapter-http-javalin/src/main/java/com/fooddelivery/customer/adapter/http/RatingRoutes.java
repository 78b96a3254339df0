package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.rating.RateOrder;
import com.fooddelivery.customer.application.rating.ShowRatingSummary;
import com.fooddelivery.customer.domain.order.OrderUid;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/** The customers' ratings of their delivered orders, and the restaurant's stars for everyone. */
public final class RatingRoutes {

    private final RateOrder rateOrder;
    private final ShowRatingSummary showSummary;

    public RatingRoutes(RateOrder rateOrder, ShowRatingSummary showSummary) {
        this.rateOrder = Objects.requireNonNull(rateOrder);
        this.showSummary = Objects.requireNonNull(showSummary);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        routes.put(
                HttpApi.BASE + "/orders/{uid}/rating",
                ctx -> {
                    OrderUid uid = PathIds.orderUid(ctx);
                    RatingDtos.RatingRequest request = bodies.json(ctx, RatingDtos.RatingRequest.class);
                    responses.privateJson(
                            ctx,
                            RatingDtos.toDto(rateOrder.rate(RateOrder.Command.of(
                                    CustomerAuthentication.customer(ctx),
                                    uid,
                                    request.food(),
                                    request.delivery(),
                                    request.comment()))));
                },
                Access.CUSTOMER);
        routes.get(
                HttpApi.BASE + "/ratings/summary",
                ctx -> responses.json(ctx, RatingDtos.toDto(showSummary.show(), ShowRatingSummary.PERIOD.toDays())));
    }
}
