package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.adapter.http.MenuDtos.CategoryRequest;
import com.fooddelivery.customer.adapter.http.MenuDtos.MenuItemRequest;
import com.fooddelivery.customer.adapter.http.MenuDtos.NewMenuItemRequest;
import com.fooddelivery.customer.application.menu.AddCategory;
import com.fooddelivery.customer.application.menu.AddMenuItem;
import com.fooddelivery.customer.application.menu.ChangeCategory;
import com.fooddelivery.customer.application.menu.ChangeMenuItem;
import com.fooddelivery.customer.application.menu.RemoveCategory;
import com.fooddelivery.customer.application.menu.ReplacePicture;
import com.fooddelivery.customer.application.menu.RetireMenuItem;
import com.fooddelivery.customer.domain.menu.Category;
import com.fooddelivery.customer.domain.menu.MenuItem;
import io.javalin.config.RoutesConfig;
import java.util.Objects;

/**
 * Menu management for the kitchen and the managers: other services of the company, each request
 * carrying a service key. Every change is one transaction and shows on the customer's next request.
 */
public final class OpsMenuRoutes {

    private static final String OPS = HttpApi.BASE + "/ops";

    private final AddCategory addCategory;
    private final ChangeCategory changeCategory;
    private final ReplacePicture replacePicture;
    private final RemoveCategory removeCategory;
    private final AddMenuItem addMenuItem;
    private final ChangeMenuItem changeMenuItem;
    private final RetireMenuItem retireMenuItem;

    public OpsMenuRoutes(
            AddCategory addCategory,
            ChangeCategory changeCategory,
            ReplacePicture replacePicture,
            RemoveCategory removeCategory,
            AddMenuItem addMenuItem,
            ChangeMenuItem changeMenuItem,
            RetireMenuItem retireMenuItem) {
        this.addCategory = Objects.requireNonNull(addCategory);
        this.changeCategory = Objects.requireNonNull(changeCategory);
        this.replacePicture = Objects.requireNonNull(replacePicture);
        this.removeCategory = Objects.requireNonNull(removeCategory);
        this.addMenuItem = Objects.requireNonNull(addMenuItem);
        this.changeMenuItem = Objects.requireNonNull(changeMenuItem);
        this.retireMenuItem = Objects.requireNonNull(retireMenuItem);
    }

    void register(RoutesConfig routes, Responses responses, RequestBodies bodies) {
        routes.post(
                OPS + "/categories",
                ctx -> {
                    CategoryRequest request = bodies.json(ctx, CategoryRequest.class);
                    Category added = addCategory.add(new AddCategory.Command(request.name(), request.description()));
                    responses.created(ctx, MenuDtos.location(added), MenuDtos.toDto(added));
                },
                Access.SERVICE);
        routes.put(
                OPS + "/categories/{id}",
                ctx -> {
                    var id = PathIds.category(ctx);
                    CategoryRequest request = bodies.json(ctx, CategoryRequest.class);
                    Category changed = changeCategory.change(
                            new ChangeCategory.Command(id, request.name(), request.description()));
                    responses.json(ctx, MenuDtos.toDto(changed));
                },
                Access.SERVICE);
        routes.put(
                OPS + "/categories/{id}/picture",
                ctx -> {
                    var id = PathIds.category(ctx);
                    replacePicture.replace(new ReplacePicture.Command.OfCategory(id, bodies.picture(ctx)));
                    ctx.status(204);
                },
                Access.SERVICE);
        routes.delete(
                OPS + "/categories/{id}",
                ctx -> {
                    removeCategory.remove(new RemoveCategory.Command(PathIds.category(ctx)));
                    ctx.status(204);
                },
                Access.SERVICE);

        routes.post(
                OPS + "/menu-items",
                ctx -> {
                    NewMenuItemRequest request = bodies.json(ctx, NewMenuItemRequest.class);
                    MenuItem added = addMenuItem.add(new AddMenuItem.Command(
                            request.categoryId(), request.name(), request.description(), request.price()));
                    responses.created(ctx, MenuDtos.location(added), MenuDtos.toDto(added));
                },
                Access.SERVICE);
        routes.put(
                OPS + "/menu-items/{id}",
                ctx -> {
                    var id = PathIds.menuItem(ctx);
                    MenuItemRequest request = bodies.json(ctx, MenuItemRequest.class);
                    MenuItem changed = changeMenuItem.change(new ChangeMenuItem.Command(
                            id,
                            request.categoryId(),
                            request.name(),
                            request.description(),
                            request.price(),
                            request.available()));
                    responses.json(ctx, MenuDtos.toDto(changed));
                },
                Access.SERVICE);
        routes.put(
                OPS + "/menu-items/{id}/picture",
                ctx -> {
                    var id = PathIds.menuItem(ctx);
                    replacePicture.replace(new ReplacePicture.Command.OfMenuItem(id, bodies.picture(ctx)));
                    ctx.status(204);
                },
                Access.SERVICE);
        routes.delete(
                OPS + "/menu-items/{id}",
                ctx -> {
                    retireMenuItem.retire(new RetireMenuItem.Command(PathIds.menuItem(ctx)));
                    ctx.status(204);
                },
                Access.SERVICE);
    }
}
