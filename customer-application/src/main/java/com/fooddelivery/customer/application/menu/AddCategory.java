package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.Validator;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** The kitchen opens a new section of the menu; its picture comes separately. */
public class AddCategory {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    @Inject
    public AddCategory(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Adds the category and returns it with its id; customers see it on their next request. */
    public Category add(Command command) {
        Category changed = unitOfWork.inTransaction(
                () -> menu.add(new NewCategory(command.name(), command.description(), Optional.empty())));
        freshness.changed();
        return changed;
    }

    /** The new category as the kitchen describes it; a {@code null} description for none. */
    public record Command(String name, String description) {

        public Command {
            Validator.check()
                    .text(name, "name", 1, NewCategory.NAME_MAX)
                    .lines(description, "description", 0, NewCategory.DESCRIPTION_MAX)
                    .done();
        }
    }
}
