package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.ShowMenuItem;
import com.fooddelivery.customer.application.menu.ShowPicture;
import com.fooddelivery.customer.domain.menu.Picture;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Objects;

/** The public menu: no token needed. */
public final class MenuRoutes {

    /**
     * Revalidated on every use, so a picture the kitchen replaced shows on the customer's next
     * request; an unchanged one costs a 304 without the bytes. No max-age: no instance can tell a
     * cache in front of it that a picture changed.
     */
    private static final String PICTURE_CACHING = "public, no-cache";

    private final ListCategories listCategories;
    private final ListMenuItems listMenuItems;
    private final ShowMenuItem showMenuItem;
    private final ShowPicture showPicture;

    public MenuRoutes(ListCategories listCategories, ListMenuItems listMenuItems, ShowMenuItem showMenuItem,
                      ShowPicture showPicture) {
        this.listCategories = Objects.requireNonNull(listCategories);
        this.listMenuItems = Objects.requireNonNull(listMenuItems);
        this.showMenuItem = Objects.requireNonNull(showMenuItem);
        this.showPicture = Objects.requireNonNull(showPicture);
    }

    void register(RoutesConfig routes, Responses responses) {
        routes.get(HttpApi.BASE + "/categories", ctx -> responses.json(ctx, new MenuDtos.CategoryList(
                listCategories.list().categories().stream().map(MenuDtos::toDto).toList())));
        routes.get(HttpApi.BASE + "/categories/{id}/menu-items", ctx -> {
            ListMenuItems.Result result = listMenuItems.list(new ListMenuItems.Query(PathIds.category(ctx)));
            responses.json(ctx, new MenuDtos.MenuItemList(MenuDtos.toDto(result.category()),
                    result.items().stream().map(MenuDtos::toDto).toList()));
        });
        routes.get(HttpApi.BASE + "/menu-items/{id}",
                ctx -> responses.json(ctx, MenuDtos.toDto(showMenuItem.show(PathIds.menuItem(ctx)))));
        routes.get(HttpApi.BASE + "/categories/{id}/picture", ctx -> picture(ctx, responses,
                showPicture.show(new ShowPicture.Query.OfCategory(PathIds.category(ctx)))));
        routes.get(HttpApi.BASE + "/menu-items/{id}/picture", ctx -> picture(ctx, responses,
                showPicture.show(new ShowPicture.Query.OfMenuItem(PathIds.menuItem(ctx)))));
    }

    private static void picture(Context ctx, Responses responses, Picture picture) {
        responses.send(ctx, picture.bytes(), picture.type().mediaType(), picture.tag(), PICTURE_CACHING);
    }
}
