package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.Objects;

/**
 * The kitchen closes a section of the menu that offers nothing orderable, so no dish is hidden by
 * accident; the unavailable items left in it are retired with it.
 */
public class RemoveCategory {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    @Inject
    public RemoveCategory(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Removes the category.
     *
     * @throws NotFoundException when it is not on the menu
     * @throws ConflictException while it holds items that can be ordered
     */
    public void remove(Command command) {
        unitOfWork.inTransaction(() -> {
            // The lock keeps an item from being added or made available between the check and the removal.
            if (menu.lockCategory(command.id()).isEmpty()) {
                throw new NotFoundException("category", command.id());
            }
            int available = menu.availableItemsIn(command.id()).size();
            if (available > 0) {
                throw new ConflictException("Category " + command.id() + " still holds " + available
                        + " available menu item" + (available == 1 ? "" : "s")
                        + "; retire them or make them unavailable first.");
            }
            menu.remove(command.id());
            return command.id();
        });
        freshness.changed();
    }

    /** The category to remove. */
    public record Command(CategoryId id) {
        public Command {
            Objects.requireNonNull(id, "id");
        }
    }
}
