package com.fooddelivery.customer.domain.menu;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The whole menu port, for an adapter that keeps the menu itself: management (and so the catalog)
 * and prices. Use cases take the narrow port they read ({@link MenuCatalog}, {@link MenuPrices},
 * {@link MenuManagement}); one store implements all of them through this interface.
 */
public interface MenuRepository extends MenuManagement, MenuPrices {

    /**
     * The items with these ids, as {@link #item(MenuItemId)} finds each, read together: an order's
     * lines are priced at once. Adapters should override this with one read; the default asks for
     * each item in turn.
     *
     * @param ids the items' ids
     * @return each item found, under its id; ids without an item are left out
     */
    @Override
    default Map<MenuItemId, MenuItem> items(Set<MenuItemId> ids) {
        Map<MenuItemId, MenuItem> found = new HashMap<>();
        for (MenuItemId id : ids) {
            item(id).ifPresent(item -> found.put(id, item));
        }
        return Map.copyOf(found);
    }
}
