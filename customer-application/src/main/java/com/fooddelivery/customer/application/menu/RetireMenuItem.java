package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The kitchen takes a dish off the menu for good. Unlike making it unavailable, this cannot be
 * undone: customers no longer see it at all and cannot order it, while orders placed before keep
 * its name and price as they were.
 */
public class RetireMenuItem {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    /**
     * @param menu       where the menu is kept
     * @param unitOfWork the transaction the retirement runs in
     * @param freshness  the browsed menu's reads, told of each change once it is committed
     */
    @Inject
    public RetireMenuItem(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Retires the item.
     *
     * @param command which item
     * @throws NotFoundException when the item is not on the menu, retired before included
     */
    public void retire(Command command) {
        unitOfWork.inTransaction(() -> {
            menu.retire(command.id());
            return command.id();
        });
        freshness.changed();
    }

    /** @param id the item to retire */
    public record Command(MenuItemId id) {

        /**
         * Requires the item.
         *
         * @param id the item to retire
         */
        public Command {
            Objects.requireNonNull(id, "id");
        }
    }
}
