package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.Money;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An earlier order priced on today's menu, split into lines still orderable and those that are not;
 * it changes nothing, and the customer sends the result to {@link PlaceOrder} if they want it.
 */
public class OrderAgain {

    private final OrderRepository orders;
    private final MenuPrices menu;

    @Inject
    public OrderAgain(OrderRepository orders, MenuPrices menu) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /** Prices the customer's earlier order; NotFoundException when it does not exist or is someone else's. */
    public Result price(CustomerId customer, OrderUid uid) {
        Order order = CallersOrder.of(orders.byUid(uid), customer, uid);
        Map<MenuItemId, MenuItem> today =
                menu.items(order.lines().stream().map(OrderLine::menuItemId).collect(Collectors.toUnmodifiableSet()));
        List<Line> available = new ArrayList<>();
        List<OrderLine> unavailable = new ArrayList<>();
        Money total = Money.zero(order.total().currency());
        for (OrderLine line : order.lines()) {
            Optional<MenuItem> item =
                    Optional.ofNullable(today.get(line.menuItemId())).filter(MenuItem::available);
            if (item.isPresent()) {
                OrderLine now = new OrderLine(
                        line.menuItemId(), item.get().name(), item.get().price(), line.quantity());
                available.add(new Line(now, line.unitPrice()));
                total = total.plus(now.cost());
            } else {
                unavailable.add(line);
            }
        }
        return new Result(order, available, unavailable, total);
    }

    /** A line that can be ordered again, with its unit price in the earlier order. */
    public record Line(OrderLine line, Money previousPrice) {
        public Line {
            Objects.requireNonNull(line, "line");
            Objects.requireNonNull(previousPrice, "previousPrice");
        }
    }

    /** The earlier order on today's menu; unavailable lines stay as they were ordered. */
    public record Result(Order order, List<Line> available, List<OrderLine> unavailable, Money total) {

        public Result {
            Objects.requireNonNull(order, "order");
            available = List.copyOf(available);
            unavailable = List.copyOf(unavailable);
            Objects.requireNonNull(total, "total");
        }
    }
}
