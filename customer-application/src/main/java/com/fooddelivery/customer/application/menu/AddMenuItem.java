package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.menu.PriceCeiling;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
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

    @Inject
    public AddMenuItem(MenuManagement menu, UnitOfWork unitOfWork, PriceCeiling ceiling, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.ceiling = Objects.requireNonNull(ceiling, "ceiling");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Adds the item; ValidationException when the price is above the ceiling or the category is unknown. */
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

    /** The new item, its fields as the client sent them so every broken rule is reported at once. */
    public record Command(Integer categoryId, String name, String description, BigDecimal price) {

        public Command {
            MenuItemRules.itemFields(Validator.check(), categoryId, name, description, price)
                    .done();
        }
    }
}
