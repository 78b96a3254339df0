package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.menu.ListCategories;
import com.fooddelivery.customer.application.menu.ListMenuItems;
import com.fooddelivery.customer.application.menu.ShowItemRatings;
import com.fooddelivery.customer.application.menu.ShowMenuItem;
import com.fooddelivery.customer.application.menu.ShowPicture;
import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.Picture;
import com.fooddelivery.customer.domain.rating.ItemRating;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

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
    private final ShowItemRatings showRatings;
    private final Renderings<Boolean, ListCategories.Result> categoryLists = new Renderings<>();
    private final Renderings<CategoryId, ListMenuItems.Result> itemLists = new Renderings<>();

    public MenuRoutes(
            ListCategories listCategories,
            ListMenuItems listMenuItems,
            ShowMenuItem showMenuItem,
            ShowPicture showPicture,
            ShowItemRatings showRatings) {
        this.listCategories = Objects.requireNonNull(listCategories);
        this.listMenuItems = Objects.requireNonNull(listMenuItems);
        this.showMenuItem = Objects.requireNonNull(showMenuItem);
        this.showPicture = Objects.requireNonNull(showPicture);
        this.showRatings = Objects.requireNonNull(showRatings);
    }

    void register(RoutesConfig routes, Responses responses) {
        routes.get(
                HttpApi.BASE + "/categories",
                ctx -> responses.json(
                        ctx,
                        categoryLists.of(
                                true,
                                listCategories.list(),
                                true,
                                result -> responses.render(new MenuDtos.CategoryList(result.categories().stream()
                                        .map(MenuDtos::toDto)
                                        .toList())))));
        routes.get(HttpApi.BASE + "/categories/{id}/menu-items", ctx -> {
            CategoryId id = PathIds.category(ctx);
            ListMenuItems.Result list = listMenuItems.list(new ListMenuItems.Query(id));
            Map<MenuItemId, ItemRating> stars = showRatings.of(list);
            responses.json(
                    ctx,
                    itemLists.of(
                            id,
                            list,
                            stars,
                            result -> responses.render(new MenuDtos.MenuItemList(
                                    MenuDtos.toDto(result.category()),
                                    result.items().stream()
                                            .map(item ->
                                                    MenuDtos.toDto(item, Optional.ofNullable(stars.get(item.id()))))
                                            .toList()))));
        });
        routes.get(HttpApi.BASE + "/menu-items/{id}", ctx -> {
            MenuItem item = showMenuItem.show(PathIds.menuItem(ctx));
            responses.json(ctx, MenuDtos.toDto(item, showRatings.of(item)));
        });
        routes.get(
                HttpApi.BASE + "/categories/{id}/picture",
                ctx -> picture(
                        ctx, responses, showPicture.show(new ShowPicture.Query.OfCategory(PathIds.category(ctx)))));
        routes.get(
                HttpApi.BASE + "/menu-items/{id}/picture",
                ctx -> picture(
                        ctx, responses, showPicture.show(new ShowPicture.Query.OfMenuItem(PathIds.menuItem(ctx)))));
    }

    /**
     * The last body written per key, reused for as long as the application hands back the very
     * same result: the menu's lists are remembered there for a while (see {@code MenuFreshness}),
     * and writing and tagging them again for each request would cost more than the rest of it.
     */
    private static final class Renderings<K, R> {

        private record Last<R>(R result, Object companion, Responses.Rendered body) {}

        private final Map<K, Last<R>> last = new ConcurrentHashMap<>();

        /** The body of {@code result}, rendered again only when it or what is shown with it (the stars) is new. */
        Responses.Rendered of(K key, R result, Object companion, Function<R, Responses.Rendered> render) {
            Last<R> known = last.get(key);
            if (known != null && known.result() == result && known.companion() == companion) {
                return known.body();
            }
            Responses.Rendered body = render.apply(result);
            last.put(key, new Last<>(result, companion, body));
            return body;
        }
    }

    private static void picture(Context ctx, Responses responses, Picture picture) {
        responses.send(ctx, picture.bytes(), picture.type().mediaType(), picture.tag(), PICTURE_CACHING);
    }
}
