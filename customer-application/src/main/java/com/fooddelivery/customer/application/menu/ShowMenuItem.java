package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.Objects;

/** Shows one menu item with its current price. */
public class ShowMenuItem {

    private final MenuCatalog menu;

    @Inject
    public ShowMenuItem(MenuCatalog menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /** The item, available or not, so a client holding an old link learns it is off the menu. */
    public MenuItem show(MenuItemId id) {
        Objects.requireNonNull(id, "id");
        return menu.item(id).orElseThrow(() -> new NotFoundException("menu item", id));
    }
}
