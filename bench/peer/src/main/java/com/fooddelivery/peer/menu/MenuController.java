package com.fooddelivery.peer.menu;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The public menu: {@code GET /api/v1/categories}. */
@RestController
@RequestMapping("/api/v1")
class MenuController {

    private final CategoryRepository categories;

    MenuController(CategoryRepository categories) {
        this.categories = categories;
    }

    @GetMapping("/categories")
    CategoryList categories() {
        return new CategoryList(categories.findByRetiredAtIsNullOrderById().stream().map(CategoryDto::of).toList());
    }

    record CategoryList(List<CategoryDto> categories) {
    }
}
