package com.fooddelivery.customer.adapter.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.rating.ItemRating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The menu's JSON shapes and how domain values map onto them. Pictures travel as links. */
final class MenuDtos {

    private MenuDtos() {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record CategoryDto(int id, String name, String description, String pictureUrl, String menuItemsUrl) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MenuItemDto(
            int id,
            int categoryId,
            String name,
            String description,
            BigDecimal price,
            String currency,
            boolean available,
            String pictureUrl,
            RatingDtos.StarsDto rating) {}

    record CategoryList(List<CategoryDto> categories) {}

    record MenuItemList(CategoryDto category, List<MenuItemDto> menuItems) {}

    /** What the kitchen sends to add or change a category. */
    record CategoryRequest(String name, String description) {}

    /** What the kitchen sends to add a menu item; a new item can be ordered at once. */
    record NewMenuItemRequest(Integer categoryId, String name, String description, BigDecimal price) {}

    /** What the kitchen sends to change a menu item: every field, as with any PUT. */
    record MenuItemRequest(Integer categoryId, String name, String description, BigDecimal price, Boolean available) {}

    static String location(Category category) {
        return HttpApi.BASE + "/categories/" + category.id().value() + "/menu-items";
    }

    static String location(MenuItem item) {
        return HttpApi.BASE + "/menu-items/" + item.id().value();
    }

    static CategoryDto toDto(Category category) {
        String self = HttpApi.BASE + "/categories/" + category.id().value();
        return new CategoryDto(
                category.id().value(),
                category.name(),
                category.description(),
                category.hasPicture() ? self + "/picture" : null,
                self + "/menu-items");
    }

    /** The item as menu management sees it: without the customers' stars. */
    static MenuItemDto toDto(MenuItem item) {
        return toDto(item, Optional.empty());
    }

    /** The item with its food stars; {@code rating} is left out below {@link ItemRating#SHOWN_FROM} ratings. */
    static MenuItemDto toDto(MenuItem item, Optional<ItemRating> rating) {
        String picture =
                item.hasPicture() ? HttpApi.BASE + "/menu-items/" + item.id().value() + "/picture" : null;
        return new MenuItemDto(
                item.id().value(),
                item.categoryId().value(),
                item.name(),
                item.description(),
                item.price().amount(),
                item.price().currency().getCurrencyCode(),
                item.available(),
                picture,
                rating.map(RatingDtos::toDto).orElse(null));
    }
}
