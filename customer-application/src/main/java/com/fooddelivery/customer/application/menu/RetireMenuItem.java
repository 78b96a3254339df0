package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The kitchen takes a dish off the menu for good: unlike making it unavailable, this cannot be undone.
 * Orders placed before keep its name and price.
 */
public class RetireMenuItem {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    @Inject
    public RetireMenuItem(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Retires the item; NotFoundException when it is not on the menu, retired before included. */
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
