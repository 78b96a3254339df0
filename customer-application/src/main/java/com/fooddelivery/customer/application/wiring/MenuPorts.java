package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import java.util.Objects;
import java.util.Optional;

/**
 * The ports of the menu.
 *
 * @param catalog    the menu as customers browse it
 * @param management adding and changing the menu; without it there are no menu management use cases
 */
public record MenuPorts(MenuCatalog catalog, Optional<MenuManagement> management) {

    /** Requires the catalog; management may be empty, never null. */
    public MenuPorts {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(management, "menuManagement");
    }
}
