package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.menu.AddCategory;
import com.fooddelivery.customer.application.menu.AddMenuItem;
import com.fooddelivery.customer.application.menu.ChangeCategory;
import com.fooddelivery.customer.application.menu.ChangeMenuItem;
import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.MenuFreshness;
import com.fooddelivery.customer.application.menu.RemoveCategory;
import com.fooddelivery.customer.application.menu.ReplacePicture;
import com.fooddelivery.customer.application.menu.RetireMenuItem;
import com.fooddelivery.customer.application.menu.ShowMenuItem;
import com.fooddelivery.customer.application.menu.ShowPicture;
import java.util.Optional;

/**
 * The use cases of the menu: browsing it, and changing it where the ports hold {@code MenuManagement}.
 */
public final class MenuUseCases {

    private final ListCategories listCategories;
    private final ListMenuItems listMenuItems;
    private final ShowMenuItem showMenuItem;
    private final ShowPicture showPicture;
    private final Optional<AddCategory> addCategory;
    private final Optional<ChangeCategory> changeCategory;
    private final Optional<ReplacePicture> replacePicture;
    private final Optional<RemoveCategory> removeCategory;
    private final Optional<AddMenuItem> addMenuItem;
    private final Optional<ChangeMenuItem> changeMenuItem;
    private final Optional<RetireMenuItem> retireMenuItem;

    MenuUseCases(CorePorts p, CorePolicies policies, MenuFreshness freshness) {
        MenuPorts menu = p.menu();
        listCategories = new ListCategories(menu.catalog(), freshness);
        listMenuItems = new ListMenuItems(menu.catalog(), p.unitOfWork(), freshness);
        showMenuItem = new ShowMenuItem(menu.catalog());
        showPicture = new ShowPicture(menu.catalog());
        addCategory = menu.management().map(m -> new AddCategory(m, p.unitOfWork(), freshness));
        changeCategory = menu.management().map(m -> new ChangeCategory(m, p.unitOfWork(), freshness));
        replacePicture = menu.management().map(m -> new ReplacePicture(m, p.unitOfWork(), freshness));
        removeCategory = menu.management().map(m -> new RemoveCategory(m, p.unitOfWork(), freshness));
        addMenuItem = menu.management()
                .map(m -> new AddMenuItem(
                        m, p.unitOfWork(), policies.priceCeiling().orElseThrow(), freshness));
        changeMenuItem = menu.management()
                .map(m -> new ChangeMenuItem(
                        m, p.unitOfWork(), policies.priceCeiling().orElseThrow(), freshness));
        retireMenuItem = menu.management().map(m -> new RetireMenuItem(m, p.unitOfWork(), freshness));
    }

    /** The menu's categories. */
    public ListCategories listCategories() {
        return listCategories;
    }

    /** The items of a category that can be ordered now. */
    public ListMenuItems listMenuItems() {
        return listMenuItems;
    }

    /** One menu item. */
    public ShowMenuItem showMenuItem() {
        return showMenuItem;
    }

    /** A category's or item's picture. */
    public ShowPicture showPicture() {
        return showPicture;
    }

    /** Adds a category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<AddCategory> addCategory() {
        return addCategory;
    }

    /** Changes a category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ChangeCategory> changeCategory() {
        return changeCategory;
    }

    /** Replaces a picture; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ReplacePicture> replacePicture() {
        return replacePicture;
    }

    /** Removes an empty category; with {@code MenuManagement} and a price ceiling only. */
    public Optional<RemoveCategory> removeCategory() {
        return removeCategory;
    }

    /** Adds a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<AddMenuItem> addMenuItem() {
        return addMenuItem;
    }

    /** Changes a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<ChangeMenuItem> changeMenuItem() {
        return changeMenuItem;
    }

    /** Retires a menu item; with {@code MenuManagement} and a price ceiling only. */
    public Optional<RetireMenuItem> retireMenuItem() {
        return retireMenuItem;
    }
}
