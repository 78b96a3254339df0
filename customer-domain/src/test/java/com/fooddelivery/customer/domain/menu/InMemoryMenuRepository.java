package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The menu kept in memory, for use-case tests and for teams embedding the core without a database. */
public final class InMemoryMenuRepository implements MenuRepository {

    private final Map<Integer, Category> categories = new TreeMap<>();
    private final Map<Integer, MenuItem> items = new TreeMap<>();
    private final Map<Object, Picture> pictures = new HashMap<>();
    private int nextCategoryId = 1;
    private int nextItemId = 1;

    @Override
    public synchronized List<Category> categories() {
        return List.copyOf(categories.values());
    }

    @Override
    public synchronized Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id.value()));
    }

    @Override
    public synchronized List<MenuItem> availableItemsIn(CategoryId id) {
        List<MenuItem> found = new ArrayList<>();
        for (MenuItem item : items.values()) {
            if (item.categoryId().equals(id) && item.available()) {
                found.add(item);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<MenuItem> item(MenuItemId id) {
        return Optional.ofNullable(items.get(id.value()));
    }

    @Override
    public synchronized Optional<Picture> pictureOf(CategoryId id) {
        return Optional.ofNullable(pictures.get(id));
    }

    @Override
    public synchronized Optional<Picture> pictureOf(MenuItemId id) {
        return Optional.ofNullable(pictures.get(id));
    }

    @Override
    public synchronized Category add(NewCategory draft) {
        Category category = new Category(new CategoryId(nextCategoryId++), draft.name(), draft.description(),
                draft.picture().isPresent());
        categories.put(category.id().value(), category);
        draft.picture().ifPresent(picture -> pictures.put(category.id(), picture));
        return category;
    }

    @Override
    public synchronized MenuItem add(NewMenuItem draft) {
        if (!categories.containsKey(draft.categoryId().value())) {
            throw new NotFoundException("category", draft.categoryId());
        }
        MenuItem item = new MenuItem(new MenuItemId(nextItemId++), draft.categoryId(), draft.name(),
                draft.description(), draft.price(), true, draft.picture().isPresent());
        items.put(item.id().value(), item);
        draft.picture().ifPresent(picture -> pictures.put(item.id(), picture));
        return item;
    }

    /** Takes an item off the menu without deleting it, as the kitchen does when it runs out. */
    public synchronized void makeUnavailable(MenuItemId id) {
        MenuItem item = items.get(id.value());
        items.put(id.value(), new MenuItem(item.id(), item.categoryId(), item.name(), item.description(),
                item.price(), false, item.hasPicture()));
    }
}
