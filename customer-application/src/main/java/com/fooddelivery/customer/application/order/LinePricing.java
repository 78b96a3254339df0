package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.Validator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Prices the lines from the menu as it is now, whatever the client thinks, from one read of the items named. */
final class LinePricing {

    private LinePricing() {}

    /** The items the lines name, for the one read of the menu. */
    static Set<MenuItemId> itemsOf(List<PlaceOrderCommand.Line> requested) {
        return requested.stream().map(PlaceOrderCommand.Line::menuItemId).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * The lines at today's names and prices, from the menu's {@code items}; each unknown, retired or sold-out
     * item is its line's error.
     */
    static List<OrderLine> price(List<PlaceOrderCommand.Line> requested, Map<MenuItemId, MenuItem> items) {
        Validator check = Validator.check();
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            PlaceOrderCommand.Line line = requested.get(i);
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
