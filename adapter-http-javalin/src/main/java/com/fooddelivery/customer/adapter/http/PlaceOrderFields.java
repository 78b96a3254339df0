package com.fooddelivery.customer.adapter.http;

import com.fooddelivery.customer.application.order.PlaceOrder;
import com.fooddelivery.customer.application.order.PlaceOrderCommand;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.shared.FieldError;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order request's shape and names, kept out of the core: the body's {@code items} become the
 * command's lines, and the core's field names ({@code lines[i].quantity}, {@code idempotencyKey})
 * go back to the names the client sent ({@code items[i].quantity}, the {@code Idempotency-Key} header).
 */
final class PlaceOrderFields {

    private static final Pattern LINE = Pattern.compile("(?:lines|items)\\[(\\d+)]\\.(\\w+)");
    /** Stands in for what the client left out, so the core still checks the rest of the request. */
    private static final int STAND_IN = 1;

    private PlaceOrderFields() {}

    /**
     * The command the request asks for, with every broken field under its HTTP name.
     *
     * @param session the caller's token, checked when the order is placed
     * @param key     the {@code Idempotency-Key} header
     * @param request the body
     * @throws ValidationException naming the request's fields
     */
    static PlaceOrderCommand command(SessionToken session, String key, OrderDtos.PlaceOrderRequest request) {
        List<FieldError> missing = new ArrayList<>();
        List<PlaceOrderCommand.Line> lines = request.items() == null ? null : new ArrayList<>();
        for (int i = 0; request.items() != null && i < request.items().size(); i++) {
            OrderDtos.LineRequest item = request.items().get(i);
            Integer id = item == null ? null : item.menuItemId();
            Integer quantity = item == null ? null : item.quantity();
            if (id == null || id <= 0) {
                missing.add(new FieldError("items[" + i + "].menuItemId", "must be a positive whole number"));
            }
            if (quantity == null) {
                missing.add(new FieldError("items[" + i + "].quantity", "must be 1 to " + OrderLine.MAX_QUANTITY));
            }
            // Every item keeps its place, so the core's line i is the request's item i.
            lines.add(new PlaceOrderCommand.Line(
                    new MenuItemId(id == null || id <= 0 ? STAND_IN : id), quantity == null ? STAND_IN : quantity));
        }
        PlaceOrderCommand command = named(
                missing,
                () -> PlaceOrderCommand.of(
                        session, key, lines, request.deliveryAddress(), request.paymentMethod(), request.comment()));
        if (!missing.isEmpty()) {
            throw new ValidationException(ordered(missing));
        }
        return command;
    }

    /**
     * Places the order, reporting the fields the core refuses (an unknown item) under their HTTP names.
     *
     * @param placeOrder the use case
     * @param command    from {@link #command}
     * @return what the use case answered
     * @throws ValidationException naming the request's fields
     */
    static PlaceOrder.Result place(PlaceOrder placeOrder, PlaceOrderCommand command) {
        return named(List.of(), () -> placeOrder.place(command));
    }

    /** Runs {@code work}, turning the core's field names in its refusal into the request's, with {@code missing}. */
    private static <T> T named(List<FieldError> missing, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException refused) {
            List<FieldError> errors = new ArrayList<>(missing);
            refused.errors().forEach(error -> errors.add(new FieldError(httpName(error.field()), error.message())));
            throw new ValidationException(ordered(errors));
        }
    }

    /** The request's name for a field of the core's command. */
    static String httpName(String field) {
        if (field.equals("idempotencyKey")) {
            return "Idempotency-Key";
        }
        if (field.equals("lines")) {
            return "items";
        }
        return field.startsWith("lines[") ? "items" + field.substring("lines".length()) : field;
    }

    /** The items first, line by line (the item's id before its quantity), then the rest as the core named them. */
    private static List<FieldError> ordered(List<FieldError> errors) {
        List<FieldError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(PlaceOrderFields::group)
                .thenComparingInt(PlaceOrderFields::line)
                .thenComparingInt(error -> error.field().endsWith(".menuItemId") ? 0 : 1));
        return sorted;
    }

    private static int group(FieldError error) {
        if (error.field().equals("items")) {
            return 0;
        }
        return LINE.matcher(error.field()).matches() ? 1 : 2;
    }

    private static int line(FieldError error) {
        Matcher matcher = LINE.matcher(error.field());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
