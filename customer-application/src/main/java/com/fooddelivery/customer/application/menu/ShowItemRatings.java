package com.fooddelivery.customer.application.menu;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.rating.ItemRating;
import com.fooddelivery.customer.domain.rating.RestaurantRatings;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The food stars beside the browsed menu's items, read as often as the menu and so remembered as long
 * ({@link MenuFreshness}): the menu's answers keep their tags while nothing changed.
 */
public class ShowItemRatings {

    private final RestaurantRatings ratings;
    private final MenuReadCache<CategoryId, Map<MenuItemId, ItemRating>> lists;
    private final MenuReadCache<MenuItemId, Map<MenuItemId, ItemRating>> items;

    @Inject
    public ShowItemRatings(RestaurantRatings ratings, MenuFreshness freshness) {
        this.ratings = Objects.requireNonNull(ratings, "ratings");
        this.lists = new MenuReadCache<>(Objects.requireNonNull(freshness, "freshness"));
        this.items = new MenuReadCache<>(freshness);
    }

    /**
     * The stars of a category's listed items that have at least {@link ItemRating#SHOWN_FROM} ratings.
     *
     * @return the same map for as long as the read is reused, so a caller may tell a change by identity
     */
    public Map<MenuItemId, ItemRating> of(ListMenuItems.Result list) {
        return lists.get(
                list.category().id(),
                () -> Map.copyOf(
                        ratings.ofItems(list.items().stream().map(MenuItem::id).toList())));
    }

    /** One item's stars, empty below {@link ItemRating#SHOWN_FROM} ratings. */
    public Optional<ItemRating> of(MenuItem item) {
        return Optional.ofNullable(items.get(item.id(), () -> Map.copyOf(ratings.ofItems(List.of(item.id()))))
                .get(item.id()));
    }
}
