package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemDetails;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The kitchen changes a dish: its words, its price, its category, and whether it can be ordered
 * now. Orders already placed keep the name and price they were placed with.
 */
public class ChangeMenuItem {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;
    private final PriceCeiling ceiling;

    @Inject
    public ChangeMenuItem(MenuManagement menu, UnitOfWork unitOfWork, PriceCeiling ceiling, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Replaces everything about the item but its picture.
     *
     * @throws NotFoundException   when the item is not on the menu
     * @throws ValidationException when the price is above the ceiling or the category is unknown
     */
    public MenuItem change(Command command) {
        Money price = ceiling.priceOf(command.price());
        CategoryId categoryId = new CategoryId(command.categoryId());
        MenuItem changed = unitOfWork.inTransaction(() -> {
            // An unknown item is reported before anything wrong with the body: the target comes first.
            if (menu.item(command.id()).isEmpty()) {
                throw new NotFoundException("menu item", command.id());
            }
            MenuItemRules.requireCategoryOnMenu(menu, categoryId);
            return menu.change(
                    command.id(),
                    new MenuItemDetails(categoryId, command.name(), command.description(), price, command.available()));
        });
        freshness.changed();
        return changed;
    }

    /** The item and all its new details, as the client sent them so every broken rule is reported at once. */
    public record Command(
            MenuItemId id, Integer categoryId, String name, String description, BigDecimal price, Boolean available) {

        public Command {
            Objects.requireNonNull(id, "id");
            MenuItemRules.itemFields(Validator.check(), categoryId, name, description, price)
                    .require(available != null, "available", "is required")
                    .done();
        }
    }
}
