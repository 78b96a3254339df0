package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.http.Context;

/** Reads numeric ids from the path, answering 400 for anything that cannot be one. */
final class PathIds {

    private PathIds() {
    }

    static CategoryId category(Context ctx) {
        return new CategoryId(positive(ctx, "id"));
    }

    static MenuItemId menuItem(Context ctx) {
        return new MenuItemId(positive(ctx, "id"));
    }

    /** A path parameter that must be a positive number. */
    static int positive(Context ctx, String name) {
        String raw = ctx.pathParam(name);
        try {
            int value = Integer.parseInt(raw);
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // falls through to the same answer as a non-positive number
        }
        throw ValidationException.of(name, "must be a positive whole number");
    }
}
