package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.CategoryDetails;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.util.Objects;

/** The kitchen renames or redescribes a section of the menu. */
public class ChangeCategory {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    @Inject
    public ChangeCategory(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Replaces the category's name and description; NotFoundException when it is not on the menu. */
    public Category change(Command command) {
        Category changed = unitOfWork.inTransaction(
                () -> menu.change(command.id(), new CategoryDetails(command.name(), command.description())));
        freshness.changed();
        return changed;
    }

    /** The category and its new words; a {@code null} description for none. */
    public record Command(CategoryId id, String name, String description) {

        public Command {
            Objects.requireNonNull(id, "id");
            Validator.check()
                    .text(name, "name", 1, NewCategory.NAME_MAX)
                    .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                    .done();
        }
    }
}
