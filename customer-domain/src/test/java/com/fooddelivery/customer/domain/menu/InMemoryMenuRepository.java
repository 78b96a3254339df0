package com.fooddelivery.customer.domain.menu;

import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.Snapshotting;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The menu kept in memory, for use-case tests and for teams embedding the core without a database.
 * Every method is synchronized, which makes {@link #lockCategory} a plain read: no two calls
 * interleave anyway.
 */
public final class InMemoryMenuRepository implements MenuRepository, Snapshotting {

    private final Map<Integer, Category> categories = new TreeMap<>();
    private final Map<Integer, MenuItem> items = new TreeMap<>();
    private final Map<Object, Picture> pictures = new HashMap<>();
    // Gone rows are kept, as the database keeps them, so ids are never reused.
    private final Set<CategoryId> removed = new HashSet<>();
    private final Set<MenuItemId> retired = new HashSet<>();
    private int nextCategoryId = 1;
    private int nextItemId = 1;

    @Override
    public synchronized Runnable snapshot() {
        Map<Integer, Category> categoriesThen = new TreeMap<>(categories);
        Map<Integer, MenuItem> itemsThen = new TreeMap<>(items);
        Map<Object, Picture> picturesThen = new HashMap<>(pictures);
        Set<CategoryId> removedThen = new HashSet<>(removed);
        Set<MenuItemId> retiredThen = new HashSet<>(retired);
        int nextCategoryThen = nextCategoryId;
        int nextItemThen = nextItemId;
        return () -> {
            synchronized (this) {
                categories.clear();
                categories.putAll(categoriesThen);
                items.clear();
                items.putAll(itemsThen);
                pictures.clear();
                pictures.putAll(picturesThen);
                removed.clear();
                removed.addAll(removedThen);
                retired.clear();
                retired.addAll(retiredThen);
                nextCategoryId = nextCategoryThen;
                nextItemId = nextItemThen;
            }
        };
    }

    @Override
    public synchronized List<Category> categories() {
        return categories.values().stream()
                .filter(category -> !removed.contains(category.id()))
                .toList();
    }

    @Override
    public synchronized Optional<Category> category(CategoryId id) {
        return Optional.ofNullable(categories.get(id.value())).filter(category -> !removed.contains(id));
    }

    @Override
    public synchronized List<MenuItem> availableItemsIn(CategoryId id) {
        List<MenuItem> found = new ArrayList<>();
        for (MenuItem item : items.values()) {
            if (item.categoryId().equals(id) && item.available() && !retired.contains(item.id())) {
                found.add(item);
            }
        }
        return found;
    }

    @Override
    public synchronized Optional<MenuItem> item(MenuItemId id) {
        return Optional.ofNullable(items.get(id.value())).filter(item -> !retired.contains(id));
    }

    @Override
    public synchronized Optional<Picture> pictureOf(CategoryId id) {
        return category(id).flatMap(category -> Optional.ofNullable(pictures.get(id)));
    }

    @Override
    public synchronized Optional<Picture> pictureOf(MenuItemId id) {
        return item(id).flatMap(item -> Optional.ofNullable(pictures.get(id)));
    }

    @Override
    public synchronized Category add(NewCategory draft) {
        Category category = new Category(
                new CategoryId(nextCategoryId++),
                draft.name(),
                draft.description(),
                draft.picture().isPresent());
        categories.put(category.id().value(), category);
        draft.picture().ifPresent(picture -> pictures.put(category.id(), picture));
        return category;
    }

    @Override
    public synchronized MenuItem add(NewMenuItem draft) {
        requireCategory(draft.categoryId());
        MenuItem item = new MenuItem(
                new MenuItemId(nextItemId++),
                draft.categoryId(),
                draft.name(),
                draft.description(),
                draft.price(),
                true,
                draft.picture().isPresent());
        items.put(item.id().value(), item);
        draft.picture().ifPresent(picture -> pictures.put(item.id(), picture));
        return item;
    }

    @Override
    public synchronized Optional<Category> lockCategory(CategoryId id) {
        return category(id);
    }

    @Override
    public synchronized Category change(CategoryId id, CategoryDetails details) {
        Category old = requireCategory(id);
        Category changed = new Category(id, details.name(), details.description(), old.hasPicture());
        categories.put(id.value(), changed);
        return changed;
    }

    @Override
    public synchronized void replacePicture(CategoryId id, Picture picture) {
        Category old = requireCategory(id);
        pictures.put(id, picture);
        categories.put(id.value(), new Category(id, old.name(), old.description(), true));
    }

    @Override
    public synchronized void remove(CategoryId id) {
        requireCategory(id);
        removed.add(id);
        for (MenuItem item : items.values()) {
            if (item.categoryId().equals(id)) {
                retired.add(item.id());
            }
        }
    }

    @Override
    public synchronized MenuItem change(MenuItemId id, MenuItemDetails details) {
        MenuItem old = requireItem(id);
        requireCategory(details.categoryId());
        MenuItem changed = new MenuItem(
                id,
                details.categoryId(),
                details.name(),
                details.description(),
                details.price(),
                details.available(),
                old.hasPicture());
        items.put(id.value(), changed);
        return changed;
    }

    @Override
    public synchronized void replacePicture(MenuItemId id, Picture picture) {
        MenuItem old = requireItem(id);
        pictures.put(id, picture);
        items.put(
                id.value(),
                new MenuItem(id, old.categoryId(), old.name(), old.description(), old.price(), old.available(), true));
    }

    @Override
    public synchronized void retire(MenuItemId id) {
        requireItem(id);
        retired.add(id);
    }

    /** Takes an item off the menu without deleting it, as the kitchen does when it runs out. */
    public synchronized void makeUnavailable(MenuItemId id) {
        MenuItem item = items.get(id.value());
        items.put(
                id.value(),
                new MenuItem(
                        item.id(),
                        item.categoryId(),
                        item.name(),
                        item.description(),
                        item.price(),
                        false,
                        item.hasPicture()));
    }

    private Category requireCategory(CategoryId id) {
        return category(id).orElseThrow(() -> new NotFoundException("category", id));
    }

    private MenuItem requireItem(MenuItemId id) {
        return item(id).orElseThrow(() -> new NotFoundException("menu item", id));
    }
}
