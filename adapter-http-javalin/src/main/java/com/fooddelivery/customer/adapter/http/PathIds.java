package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.domain.menu.CategoryId;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.ValidationException;
import io.javalin.http.Context;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * Reads ids from the path, and numbers from the path or the query, answering 400 for anything that cannot
 * be one. A number is written in ASCII digits only, without sign or leading zeros: {@code Long.parseLong}
 * would also take {@code +3}, {@code 03} and full-width {@code ３}, and then two spellings would name one
 * thing.
 */
final class PathIds {

    private static final Pattern CANONICAL = Pattern.compile("0|[1-9][0-9]{0,18}");

    private PathIds() {}

    static CategoryId category(Context ctx) {
        return new CategoryId(positive(ctx, "id"));
    }

    static MenuItemId menuItem(Context ctx) {
        return new MenuItemId(positive(ctx, "id"));
    }

    /** The order named by the path's {@code {uid}}. */
    static OrderUid orderUid(Context ctx) {
        return OrderUid.parse(ctx.pathParam("uid"))
                .orElseThrow(() -> ValidationException.of("uid", "must be an order UID"));
    }

    /** A path parameter that must be a positive number. */
    static int positive(Context ctx, String name) {
        OptionalInt value = number(ctx.pathParam(name));
        if (value.isPresent() && value.getAsInt() > 0) {
            return value.getAsInt();
        }
        throw ValidationException.of(name, "must be a positive whole number");
    }

    /**
     * A whole number from 0 to {@link Integer#MAX_VALUE} in its one canonical spelling.
     *
     * @param raw the text from the path or query
     * @return the number, or empty for any other text
     */
    static OptionalInt number(String raw) {
        OptionalLong value = wholeNumber(raw);
        return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE
                ? OptionalInt.of((int) value.getAsLong())
                : OptionalInt.empty();
    }

    /**
     * A whole number from 0 to {@link Long#MAX_VALUE} in its one canonical spelling.
     *
     * @param raw the text from the path or query
     * @return the number, or empty for any other text
     */
    static OptionalLong wholeNumber(String raw) {
        if (raw == null || !CANONICAL.matcher(raw).matches()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(raw));
        } catch (NumberFormatException tooLarge) {
            return OptionalLong.empty();
        }
    }
}
