package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.shared.Money;
import java.util.Objects;

/**
 * One line of an order, with the name and price as ordered, so menu changes never rewrite a past order.
 *
 * @param quantity   1 to {@value #MAX_QUANTITY}
 */
public record OrderLine(MenuItemId menuItemId, String name, Money unitPrice, int quantity) {

    /** Most units of one item on one line. */
    public static final int MAX_QUANTITY = 99;

    /** Refuses a line missing a part or with a quantity outside 1 to {@link #MAX_QUANTITY}. */
    public OrderLine {
        Objects.requireNonNull(menuItemId, "menuItemId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unitPrice, "unitPrice");
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("quantity must be 1 to " + MAX_QUANTITY + ": " + quantity);
        }
    }

    /** Unit price times quantity. */
    public Money cost() {
        return unitPrice.times(quantity);
    }
}
