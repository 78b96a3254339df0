package com.fooddelivery.customer.domain.menu;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** All the menu ports, for the store that implements them; use cases take the narrow one they need. */
public interface MenuRepository extends MenuManagement, MenuPrices {

    /** The items, one at a time by default; adapters override it with one read. */
    @Override
    default Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        Map<MenuItemId, MenuItem> found = new HashMap<>();
        for (MenuItemId id : ids) {
            item(id).ifPresent(item -> found.put(id, item));
        }
        return Map.copyOf(found);
    }
}
