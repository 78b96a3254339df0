package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/** One line of an order, with the name and price as ordered, so menu changes never rewrite a past order. */
public record OrderLine(MenuItemId menuItemId, String name, Money unitPrice, int quantity) {

    /** Most units of one item on one line. */
    public static final int MAX_QUANTITY = 99;

    public OrderLine {
        Objects.requireNonNull(menuItemId, "menuItemId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY + ": " + quantity);
        }
    }

    public Money cost() {
        return unitPrice.times(quantity);
    }
}
