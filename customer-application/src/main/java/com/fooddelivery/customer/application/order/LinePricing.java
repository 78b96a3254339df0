package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/** Prices the lines from the menu as it is now, whatever the client thinks, in one read of the items named. */
final class LinePricing {

    private final MenuPrices menu;

    LinePricing(MenuPrices menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /** The lines at today's names and prices; each unknown, retired or sold-out item is its line's error. */
    List<OrderLine> price(List<PlaceOrder.Line> requested) {
        Validator check = Validator.check();
        Map<MenuItemId, MenuItem> items =
                menu.items(requested.stream().map(PlaceOrder.Line::menuItemId).collect(Collectors.toUnmodifiableSet()));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            PlaceOrder.Line line = requested.get(i);
            MenuItem item = Optional.ofNullable(items.get(line.menuItemId()))
                    .filter(MenuItem::available)
                    .orElse(null);
            check.require(item != null, "lines[" + i + "].menuItemId", "is not on the menu or cannot be ordered now");
            if (item != null) {
                lines.add(new OrderLine(item.id(), item.name(), item.price(), line.quantity()));
            }
        }
        check.done();
        return lines;
    }
}
