package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/** The kitchen puts a new dish on the menu; it can be ordered at once. Its picture comes separately. */
public class AddMenuItem {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;
    private final PriceCeiling ceiling;

    /**
     * @param ceiling    the most an item may cost, in the service's currency
     * @param freshness  the browsed menu's reads, told of each change once it is committed
     */
    @Inject
    public AddMenuItem(MenuManagement menu, UnitOfWork unitOfWork, PriceCeiling ceiling, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Adds the item and returns it with its id.
     *
     * @throws ValidationException when the price is above the ceiling, or on field {@code categoryId}
     *                             when no such category is on the menu
     */
    public MenuItem add(Command command) {
        Money price = ceiling.priceOf(command.price());
        CategoryId categoryId = new CategoryId(command.categoryId());
        MenuItem changed = unitOfWork.inTransaction(() -> {
            MenuItemRules.requireCategoryOnMenu(menu, categoryId);
            return menu.add(
                    new NewMenuItem(categoryId, command.name(), command.description(), price, Optional.empty()));
        });
        freshness.changed();
        return changed;
    }

    /**
     * The new item as the kitchen describes it. Fields come as the client sent them, so every broken
     * rule is reported at once.
     *
     * @param categoryId  the id of the category to list it under
     * @param name        1 to 150 characters
     * @param description up to 255 characters; {@code null} for none
     * @param price       above zero, at most two decimals
     */
    public record Command(Integer categoryId, String name, String description, BigDecimal price) {

        /**
         * Checks every field at once, naming each broken one.
         *
         * @throws ValidationException on fields {@code categoryId}, {@code name}, {@code description} and
         *     {@code price}
         */
        public Command {
            MenuItemRules.itemFields(Validator.check(), categoryId, name, description, price)
                    .done();
        }
    }
}
