package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentMethods;
import com.fooddelivery.customer.domain.shared.IdempotencyKey;
import com.fooddelivery.customer.domain.shared.Sha256;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.SessionToken;
import java.util.List;
import java.util.Objects;

/**
 * An order as the customer sends it to {@link PlaceOrder}, valid as a whole or refused with every broken field
 * named. It lives beside its use case, not in it, because building it from what the customer typed and telling a
 * retry from a new request are rules of their own.
 *
 * @param session        the token of the customer who orders, checked when the order is placed
 * @param idempotencyKey the client's key for this request (see {@link IdempotencyKey})
 * @param lines          1 to 50 lines
 * @param comment        up to 500 characters, empty for none
 */
public record PlaceOrderCommand(
        SessionToken session,
        String idempotencyKey,
        List<Line> lines,
        DeliveryAddress address,
        PaymentMethod paymentMethod,
        String comment) {

    /** Longest comment accepted. */
    public static final int COMMENT_MAX = 500;

    /**
     * Requires the session, address and payment method; checks the key, the number of lines and the
     * comment's length at once, and trims the comment.
     *
     * @throws ValidationException on fields {@code idempotencyKey}, {@code lines} and {@code comment}
     */
    public PlaceOrderCommand {
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(paymentMethod, "paymentMethod");
        lines = List.copyOf(lines);
        comment = comment == null ? "" : comment.strip();
        Validator check = Validator.check();
        check.parse(() -> new IdempotencyKey(idempotencyKey));
        check.require(!lines.isEmpty(), "lines", "must list at least one item")
                .require(lines.size() <= Order.MAX_LINES, "lines", "must list at most " + Order.MAX_LINES + " lines")
                .lines(comment, "comment", 0, COMMENT_MAX)
                .done();
    }

    /**
     * Builds the command from what the customer typed, collecting every field's error: a line's
     * quantity out of range ({@code lines[i].quantity}), the count of lines ({@code lines}), the
     * address, the payment method's name, the comment and the key ({@code idempotencyKey}).
     *
     * @param lines the requested items and quantities, in the customer's order; null for none
     * @throws ValidationException naming every broken field
     */
    public static PlaceOrderCommand of(
            SessionToken session,
            String idempotencyKey,
            List<Line> lines,
            String address,
            String paymentMethod,
            String comment) {
        Validator check = Validator.check();
        List<Line> requested = lines == null ? List.of() : lines;
        check.require(!requested.isEmpty(), "lines", "must list at least one item");
        check.require(requested.size() <= Order.MAX_LINES, "lines", "must list at most " + Order.MAX_LINES + " lines");
        for (int i = 0; i < requested.size(); i++) {
            int quantity = requested.get(i).quantity();
            check.require(
                    quantity >= 1 && quantity <= OrderLine.MAX_QUANTITY,
                    "lines[" + i + "].quantity",
                    "must be 1 to " + OrderLine.MAX_QUANTITY);
        }
        DeliveryAddress validAddress = check.parse(() -> new DeliveryAddress(address));
        PaymentMethod method = check.parse(() -> PaymentMethods.parse(paymentMethod, "paymentMethod"));
        check.lines(comment, "comment", 0, COMMENT_MAX);
        check.parse(() -> new IdempotencyKey(idempotencyKey));
        check.done();
        return new PlaceOrderCommand(session, idempotencyKey, requested, validAddress, method, comment);
    }

    /** A digest of what is ordered, to tell a retry of this request from a different one under the same key. */
    String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Line line : lines) {
            text.append(line.menuItemId().value())
                    .append('x')
                    .append(line.quantity())
                    .append(';');
        }
        text.append('\n')
                .append(address.value())
                .append('\n')
                .append(paymentMethod)
                .append('\n')
                .append(comment);
        return Sha256.hex(text.toString());
    }

    /**
     * One requested line.
     *
     * @param quantity   1 to 99
     */
    public record Line(MenuItemId menuItemId, int quantity) {

        /** Requires the item; the quantity is checked against the menu when the order is placed. */
        public Line {
            Objects.requireNonNull(menuItemId, "menuItemId");
        }
    }
}
