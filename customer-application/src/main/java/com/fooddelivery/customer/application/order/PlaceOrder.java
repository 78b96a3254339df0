package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderPlaced;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.order.PlacementReads;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentMethods;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.Sha256;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.SessionRepository;
import com.fooddelivery.customer.domain.token.SessionToken;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Places an order: prices every line from the menu as it is now (whatever the client thinks the
 * prices are), estimates ready and delivery times from the kitchen's queue, and stores it once per
 * idempotency key, however often and from however many instances the request arrives. The caller's token
 * is checked in the same read as the key's claim (decision 0021), so an order costs one unit of work.
 */
public class PlaceOrder {

    /**
     * A claim older than this without its order belongs to a request whose instance died; a retry may take it
     * over. Only stores without transactions, and rows of the earlier two-commit protocol, leave such claims.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final OncePerKey oncePerKey;
    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final EstimatePolicy estimates;
    private final Clock clock;
    private final EventLog events;

    /**
     * Reads the session, the key's claim, the prices and the kitchen queue one after the other
     * ({@link PlacementReads#oneByOne}).
     *
     * @param sessions   where the caller's token is checked
     * @param payments   where the payment at the door of a cash or POS order starts
     * @param events     where the placed order is recorded for the rest of the company
     */
    @Inject
    public PlaceOrder(
            SessionRepository sessions,
            OrderRepository orders,
            MenuPrices menu,
            IdempotencyKeys keys,
            PaymentRepository payments,
            UnitOfWork unitOfWork,
            EstimatePolicy estimates,
            Clock clock,
            EventLog events) {
        this(
                PlacementReads.oneByOne(sessions, keys, menu, orders),
                orders,
                keys,
                payments,
                unitOfWork,
                estimates,
                clock,
                events);
    }

    /**
     * @param reads    the session, the key's claim, the prices and the kitchen queue, read together where the
     *                 store can
     * @param payments where the payment at the door of a cash or POS order starts
     * @param events   where the placed order is recorded for the rest of the company
     */
    public PlaceOrder(
            PlacementReads reads,
            OrderRepository orders,
            IdempotencyKeys keys,
            PaymentRepository payments,
            UnitOfWork unitOfWork,
            EstimatePolicy estimates,
            Clock clock,
            EventLog events) {
        this.oncePerKey = new OncePerKey(reads, keys, orders, payments, unitOfWork);
        this.orders = Objects.requireNonNull(orders, "orders");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.estimates = Objects.requireNonNull(estimates, "estimates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Places the order, or returns the one this key already placed.
     *
     * @return the order and whether it was placed by an earlier request with this key
     * @throws com.fooddelivery.customer.domain.shared.AuthenticationException when the command's session is
     *                                        unknown, expired or ended; nothing is claimed or stored
     * @throws ValidationException            when an item is unknown or cannot be ordered now (field
     *                                        {@code lines[i].menuItemId}); nothing is stored
     * @throws ConflictException              while another request with the same key is being handled
     * @throws IdempotencyKeyReusedException when the key was used for a different order
     */
    public Result place(Command command) {
        Instant now = clock.instant();
        PlacementReads.Request request = new PlacementReads.Request(
                command.session().digest(),
                command.idempotencyKey(),
                command.fingerprint(),
                now,
                ABANDONED_AFTER,
                LinePricing.itemsOf(command.lines()),
                estimates.queueThatCounts());
        return oncePerKey.place(request, placement -> store(command, placement, now));
    }

    /**
     * Prices, estimates and stores the order with its payment at the door, if it has one, and its event; the
     * result shows that payment as stored, so the response needs no read after the commit.
     */
    private Result store(Command command, PlacementReads.Placement placement, Instant now) {
        List<OrderLine> lines = LinePricing.price(command.lines(), placement.items());
        Order order = Order.place(
                OrderUid.random(),
                placement.customer(),
                lines,
                command.address(),
                command.comment(),
                command.paymentMethod(),
                now,
                estimates.estimate(now, placement.kitchenQueue()));
        orders.add(order);
        events.append(new OrderPlaced(order, now));
        Optional<Payment> payment = Optional.empty();
        if (!order.paymentMethod().prepaid()) {
            // Cash and POS are pending from the start; the courier's PAYMENT_COLLECTED pays them.
            payment = Optional.of(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), now));
            payments.add(payment.get());
        }
        return new Result(order, false, payment);
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

    /**
     * An order as the customer sends it, valid as a whole or refused with every broken field named.
     *
     * @param session        the token of the customer who orders, checked when the order is placed
     * @param idempotencyKey the client's key for this request, 1 to 255 visible ASCII characters
     * @param lines          1 to 50 lines
     * @param comment        up to 500 characters, empty for none
     */
    public record Command(
            SessionToken session,
            String idempotencyKey,
            List<Line> lines,
            DeliveryAddress address,
            PaymentMethod paymentMethod,
            String comment) {

        /** Longest comment accepted. */
        public static final int COMMENT_MAX = 500;

        private static final Pattern KEY_SHAPE = Pattern.compile("[\\x21-\\x7E]{1,255}");
        private static final String KEY_RULE = "must be 1 to 255 visible ASCII characters";

        /**
         * Requires the session, address and payment method; checks the key, the number of lines and the
         * comment's length at once, and trims the comment.
         *
         * @throws ValidationException on fields {@code idempotencyKey}, {@code lines} and {@code comment}
         */
        public Command {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(paymentMethod, "paymentMethod");
            lines = List.copyOf(lines);
            comment = comment == null ? "" : comment.strip();
            Validator.check()
                    .require(validKey(idempotencyKey), "idempotencyKey", KEY_RULE)
                    .require(!lines.isEmpty(), "lines", "must list at least one item")
                    .require(
                            lines.size() <= Order.MAX_LINES, "lines", "must list at most " + Order.MAX_LINES + " lines")
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
        public static Command of(
                SessionToken session,
                String idempotencyKey,
                List<Line> lines,
                String address,
                String paymentMethod,
                String comment) {
            Validator check = Validator.check();
            List<Line> requested = lines == null ? List.of() : lines;
            check.require(!requested.isEmpty(), "lines", "must list at least one item");
            check.require(
                    requested.size() <= Order.MAX_LINES, "lines", "must list at most " + Order.MAX_LINES + " lines");
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
            check.require(validKey(idempotencyKey), "idempotencyKey", KEY_RULE);
            check.done();
            return new Command(session, idempotencyKey, requested, validAddress, method, comment);
        }

        private static boolean validKey(String key) {
            return key != null && KEY_SHAPE.matcher(key).matches();
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
    }

    /**
     * The placed order.
     *
     * @param replayed whether an earlier request with the same key placed it
     * @param payment  the order's latest payment: the pending one at the door for cash and POS, none for a new
     *                 prepaid order
     */
    public record Result(Order order, boolean replayed, Optional<Payment> payment) {

        /** Requires the order and the payment, which may be empty. */
        public Result {
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(payment, "payment");
        }
    }
}
