package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuManagement;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.Objects;

/** The kitchen gives a section of the menu, or a dish, a new picture. */
public class ReplacePicture {

    private final MenuManagement menu;
    private final UnitOfWork unitOfWork;
    private final MenuFreshness freshness;

    @Inject
    public ReplacePicture(MenuManagement menu, UnitOfWork unitOfWork, MenuFreshness freshness) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.freshness = Objects.requireNonNull(freshness, "freshness");
    }

    /** Replaces the picture, whose new tag tells clients holding the old one; NotFoundException for no owner. */
    public void replace(Command command) {
        unitOfWork.inTransaction(() -> {
            // Java 17 has no pattern switch; the sealed interface keeps this choice exhaustive in review.
            if (command instanceof Command.OfCategory category) {
                menu.replacePicture(category.id(), command.picture());
            } else {
                menu.replacePicture(((Command.OfMenuItem) command).id(), command.picture());
            }
            return null;
        });
        freshness.changed();
    }

    /** Whose picture is replaced, and by which. */
    public sealed interface Command {

        /** The new picture, already recognised as an image by its bytes. */
        Picture picture();

        /** A category's new picture. */
        record OfCategory(CategoryId id, Picture picture) implements Command {
            public OfCategory {
                Objects.requireNonNull(id, "id");
                Objects.requireNonNull(picture, "picture");
            }
        }

        /** A menu item's new picture. */
        record OfMenuItem(MenuItemId id, Picture picture) implements Command {
            public OfMenuItem {
                Objects.requireNonNull(id, "id");
                Objects.requireNonNull(picture, "picture");
            }
        }
    }
}
