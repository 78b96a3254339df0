package com.fooddelivery.peer.menu;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A category as the service shows it: links instead of the picture, no null fields. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CategoryDto(int id, String name, String description, String pictureUrl, String menuItemsUrl) {

    static CategoryDto of(Category category) {
        String self = "/api/v1/categories/" + category.getId();
        return new CategoryDto(category.getId(), category.getName(), category.getDescription(),
                category.hasPicture() ? self + "/picture" : null, self + "/menu-items");
    }
}
