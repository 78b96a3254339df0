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

    /** @param freshness  the browsed menu's reads, told of each change once it is committed */
    @Inject
    public RetireMenuItem(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Retires the item.
     *
     * @throws NotFoundException when the item is not on the menu, retired before included
     */
    public void retire(Command command) {
        unitOfWork.inTransaction(() -> {
            menu.retire(command.id());
            return command.id();
        });
        freshness.changed();
    }

    /** The item to retire. */
    public record Command(MenuItemId id) {
        public Command {
            Objects.requireNonNull(id, "id");
        }
    }
}
