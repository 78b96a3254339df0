package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import jakarta.inject.Inject;
import java.util.Objects;

/** The kitchen gives a dish a new picture. */
public class ReplaceMenuItemPicture {

    private final MenuRepository menu;
    private final UnitOfWork unitOfWork;

    /**
     * @param menu       where the menu is kept
     * @param unitOfWork the transaction the replacement runs in
     */
    @Inject
    public ReplaceMenuItemPicture(MenuRepository menu, UnitOfWork unitOfWork) {
        this.menu = Objects.requireNonNull(menu, "menu");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
    }

    /**
     * Replaces the picture; its new tag tells every client holding the old one.
     *
     * @throws NotFoundException when the item is not on the menu
     */
    public void replace(Command command) {
        unitOfWork.inTransaction(() -> {
            menu.replacePicture(command.id(), command.picture());
            return command.id();
        });
    }

    /**
     * Which item gets which picture.
     *
     * @param id      the menu item
     * @param picture the new picture, already recognised as an image by its bytes
     */
    public record Command(MenuItemId id, Picture picture) {

        public Command {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(picture, "picture");
        }
    }
}
