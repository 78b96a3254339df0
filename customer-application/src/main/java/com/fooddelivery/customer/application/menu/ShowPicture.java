package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.Optional;

/** Fetches the picture of a category or of a menu item. */
public class ShowPicture {

    private final MenuCatalog menu;

    @Inject
    public ShowPicture(MenuCatalog menu) {
        this.menu = Objects.requireNonNull(menu, "menu");
    }

    /** The picture asked for; NotFoundException when the owner does not exist or has no picture. */
    public Picture show(Query query) {
        // Java 17 has no pattern switch; the sealed interface keeps this chain exhaustive in review.
        Optional<Picture> picture = query instanceof Query.OfCategory category
                ? menu.pictureOf(category.id())
                : menu.pictureOf(((Query.OfMenuItem) query).id());
        return picture.orElseThrow(() -> new NotFoundException("picture", query));
    }

    /** Whose picture to fetch. */
    public sealed interface Query {

        /** A category's picture. */
        record OfCategory(CategoryId id) implements Query {
            public OfCategory {
                Objects.requireNonNull(id, "id");
            }
        }

        /** A menu item's picture. */
        record OfMenuItem(MenuItemId id) implements Query {
            public OfMenuItem {
                Objects.requireNonNull(id, "id");
            }
        }
    }
}
