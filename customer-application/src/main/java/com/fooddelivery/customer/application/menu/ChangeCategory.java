package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryDetails;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.util.Objects;

/** The kitchen renames or redescribes a section of the menu. */
public class ChangeCategory {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    /** @param freshness  the browsed menu's reads, told of each change once it is committed */
    @Inject
    public ChangeCategory(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /**
     * Replaces the category's name and description and returns it as it is now.
     *
     * @throws NotFoundException when the category is not on the menu
     */
    public Category change(Command command) {
        Category changed = unitOfWork.inTransaction(
                () -> menu.change(command.id(), new CategoryDetails(command.name(), command.description())));
        freshness.changed();
        return changed;
    }

    /**
     * The category and its new words.
     *
     * @param name        1 to 150 characters
     * @param description up to 255 characters; {@code null} for none
     */
    public record Command(CategoryId id, String name, String description) {

        /**
         * Requires the category and checks name and description at once.
         *
         * @throws com.fooddelivery.customer.domain.shared.ValidationException on fields {@code name} and {@code description}
         */
        public Command {
            Objects.requireNonNull(id, "id");
            Validator.check()
                    .text(name, "name", 1, NewCategory.NAME_MAX)
                    .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                    .done();
        }
    }
}
