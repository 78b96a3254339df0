package com.fooddelivery.customer.domain.menu;

import java.util.Map;
import java.util.Set;

/**
 * Today's names, prices and availability of the items an order names: all that placing an order
 * (or pricing an earlier one again) reads from the menu.
 */
public interface MenuPrices {

    /**
     * The items with these ids, whether or not each is available (retired
     * ones are gone), read together: an order's lines are priced at once.
     *
     * @param ids the items' ids
     * @return each item found, under its id; ids without an item are left out
     */
    Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids);
}
