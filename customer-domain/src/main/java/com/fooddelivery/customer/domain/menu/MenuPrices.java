package com.fooddelivery.customer.domain.menu;

import java.util.Map;
import java.util.Set;

/** Today's names, prices and availability: all that placing an order reads from the menu. */
public interface MenuPrices {

    /** The items, available or not, read together so an order is priced at once. */
    Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids);
}
