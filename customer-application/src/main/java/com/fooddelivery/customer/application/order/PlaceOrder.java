package com.fooddelivery.customer.application.order;

import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.event.OrderHistoryEvent.OrderPlaced;
import com.fooddelivery.customer.domain.menu.MenuItem;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.menu.MenuRepository;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.IdempotencyKeys;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.Payment;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.payment.PaymentRepository;
import com.fooddelivery.customer.domain.payment.PaymentMethods;
import com.fooddelivery.customer.domain.shared.ConflictException;
import com.fooddelivery.customer.domain.shared.IdempotencyKeyReusedException;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import com.fooddelivery.customer.domain.shared.ValidationException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.Caller;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * Places an order: prices every line from the menu as it is now (whatever the client thinks the
 * prices are), estimates ready and delivery times from the kitchen's queue, and stores it once per
 * idempotency key, however often and from however many instances the request arrives.
 */
public class PlaceOrder {

    /**
     * A claim older than this without its order belongs to a request whose instance died; a retry may take it
     * over. Only stores without transactions, and rows of the earlier two-commit protocol, leave such claims.
     */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(1);

    private final OrderRepository orders;
    private final MenuRepository menu;
    private final IdempotencyKeys keys;
    private final PaymentRepository payments;
    private final UnitOfWork unitOfWork;
    private final EstimatePolicy estimates;
    private final Clock clock;
    private final EventLog events;

    /**
     * @param orders     where orders are kept
     * @param menu       current names, prices and availability
     * @param keys       the customers' idempotency keys
     * @param payments   where the payment at the door of a cash or POS order starts
     * @param unitOfWork the transaction boundary
     * @param estimates  the estimate model
     * @param clock      the current time
     * @param events     where the placed order is recorded for the rest of the company
     */
    @Inject
    public PlaceOrder(OrderRepository orders, MenuRepository menu, IdempotencyKeys keys, PaymentRepository payments,
                      UnitOfWork unitOfWork,
                      EstimatePolicy estimates, Clock clock, EventLog events) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.menu = Objects.requireNonNull(menu, "menu");
        this.keys = Objects.requireNonNull(keys, "keys");
        this.payments = Objects.requireNonNull(payments, "payments");
        this.unitOfWork = Objects.requireNonNull(unitOfWork, "unitOfWork");
        this.estimates = Objects.requireNonNull(estimates, "estimates");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.events = Objects.requireNonNull(events, "events");
    }

    /**
     * Places the order, or returns the one this key already placed.
     *
     * @param command what the customer orders, under which key
     * @return the order and whether it was placed by an earlier request with this key
     * @throws ValidationException            when an item is unknown or cannot be ordered now; nothing is stored
     * @throws ConflictException              while another request with the same key is being handled
     * @throws IdempotencyKeyReusedException when the key was used for a different order
     */
    public Result place(Command command) {
        Caller caller = command.caller();
        Instant now = clock.instant();
        AtomicBoolean claimed = new AtomicBoolean();
        try {
            // One unit of work, one commit: the key's claim commits with the order it placed, or rolls
            // back with it, so no other request ever sees a claimed key without its order.
            return unitOfWork.inTransaction(() -> {
                IdempotencyKeys.Claim claim = keys.claim(caller.customerId(), command.idempotencyKey(),
                        command.fingerprint(), now, ABANDONED_AFTER);
                if (claim instanceof IdempotencyKeys.Completed completed) {
                    return new Result(orders.byUid(completed.order()).orElseThrow(), true);
                }
                if (claim instanceof IdempotencyKeys.InFlight) {
                    throw new ConflictException("A request with this Idempotency-Key is still being handled; retry shortly.");
                }
                if (claim instanceof IdempotencyKeys.Mismatch) {
                    throw new IdempotencyKeyReusedException();
                }
                claimed.set(true);
                return new Result(store(command, now), false);
            });
        } catch (RuntimeException refused) {
            if (claimed.get()) {
                // A store that rolled the claim back with the unit of work has nothing left to release;
                // one without transactions frees the key here.
                unitOfWork.inTransaction(() -> {
                    keys.release(caller.customerId(), command.idempotencyKey());
                    return null;
                });
            }
            throw refused;
        }
    }

    private Order store(Command command, Instant now) {
        Caller caller = command.caller();
        List<OrderLine> lines = price(command.lines());
        Order order = Order.place(OrderUid.random(), caller.customerId(), lines, command.address(), command.comment(),
                command.paymentMethod(), now, estimates.estimate(now, orders.kitchenQueue(estimates.queueThatCounts())));
        orders.add(order);
        events.append(new OrderPlaced(order, now));
        if (!order.paymentMethod().prepaid()) {
            // Cash and POS are pending from the start; the courier's PAYMENT_COLLECTED pays them.
            payments.add(Payment.atTheDoor(order.uid(), order.paymentMethod(), order.total(), now));
        }
        keys.complete(caller.customerId(), command.idempotencyKey(), order.uid());
        return order;
    }

    private List<OrderLine> price(List<Line> requested) {
        Validator check = Validator.check();
        Map<MenuItemId, MenuItem> items = menu.items(
                requested.stream().map(Line::menuItemId).collect(Collectors.toUnmodifiableSet()));
        List<OrderLine> lines = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Line line = requested.get(i);
            MenuItem item = Optional.ofNullable(items.get(line.menuItemId())).filter(MenuItem::available).orElse(null);
            check.require(item != null, "items[" + i + "].menuItemId", "is not on the menu or cannot be ordered now");
            if (item != null) {
                lines.add(new OrderLine(item.id(), item.name(), item.price(), line.quantity()));
            }
        }
        check.done();
        return lines;
    }

    /**
     * One requested line.
     *
     * @param menuItemId the item
     * @param quantity   1 to 99
     */
    public record Line(MenuItemId menuItemId, int quantity) {

        /**
         * Requires the item; the quantity is checked against the menu when the order is placed.
         *
         * @param menuItemId the item
         * @param quantity 1 to 99
         */
        public Line {
            Objects.requireNonNull(menuItemId, "menuItemId");
        }
    }

    /**
     * An order as the customer sends it, valid as a whole or refused with every broken field named.
     *
     * @param caller         who orders
     * @param idempotencyKey the client's key for this request, 1 to 255 visible ASCII characters
     * @param lines          1 to 50 lines
     * @param address        where it goes
     * @param paymentMethod  how it is paid
     * @param comment        up to 500 characters, empty for none
     */
    public record Command(Caller caller, String idempotencyKey, List<Line> lines, DeliveryAddress address,
                          PaymentMethod paymentMethod, String comment) {

        /** Longest comment accepted. */
        public static final int COMMENT_MAX = 500;
        private static final java.util.regex.Pattern KEY_SHAPE = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,255}");
        private static final String KEY_RULE = "must be 1 to 255 visible ASCII characters";

        /**
         * Requires the caller, address and payment method; checks the key, the number of lines and the
         * comment's length at once, and trims the comment.
         *
         * @param caller who orders
         * @param idempotencyKey the client's key for this request, 1 to 255 visible ASCII characters
         * @param lines 1 to 50 lines
         * @param address where it goes
         * @param paymentMethod how it is paid
         * @param comment up to 500 characters, empty for none
         * @throws ValidationException on fields {@code Idempotency-Key}, {@code items} and {@code comment}
         */
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(paymentMethod, "paymentMethod");
            lines = List.copyOf(lines);
            comment = comment == null ? "" : comment.strip();
            Validator.check()
                    .require(validKey(idempotencyKey), "Idempotency-Key", KEY_RULE)
                    .require(!lines.isEmpty(), "items", "must list at least one item")
                    .require(lines.size() <= Order.MAX_LINES, "items", "must list at most " + Order.MAX_LINES + " lines")
                    .lines(comment, "comment", 0, COMMENT_MAX)
                    .done();
        }

        /**
         * Builds the command from raw input, collecting every field's error.
         *
         * @param caller who orders
         * @param idempotencyKey the client's Idempotency-Key
         * @param itemIds the menu item of each line
         * @param quantities the quantity of each line, in the order of {@code itemIds}; a null id or
         *                   quantity means the client left it out
         * @param address the delivery address as typed
         * @param paymentMethod the payment method's name
         * @param comment a note, or null
         * @return the command
         */
        public static Command of(Caller caller, String idempotencyKey, List<Integer> itemIds, List<Integer> quantities,
                                 String address, String paymentMethod, String comment) {
            Validator check = Validator.check();
            List<Line> lines = new ArrayList<>();
            if (itemIds == null || itemIds.isEmpty()) {
                check.require(false, "items", "must list at least one item");
            } else {
                check.require(itemIds.size() <= Order.MAX_LINES, "items", "must list at most " + Order.MAX_LINES + " lines");
                for (int i = 0; i < itemIds.size(); i++) {
                    Integer id = itemIds.get(i);
                    Integer quantity = quantities.get(i);
                    check.require(id != null && id > 0, "items[" + i + "].menuItemId", "must be a positive whole number");
                    check.require(quantity != null && quantity >= 1 && quantity <= OrderLine.MAX_QUANTITY,
                            "items[" + i + "].quantity", "must be 1 to " + OrderLine.MAX_QUANTITY);
                    if (id != null && id > 0 && quantity != null) {
                        lines.add(new Line(new MenuItemId(id), quantity));
                    }
                }
            }
            DeliveryAddress validAddress = check.parse(() -> new DeliveryAddress(address));
            PaymentMethod method = check.parse(() -> PaymentMethods.parse(paymentMethod, "paymentMethod"));
            check.lines(comment, "comment", 0, COMMENT_MAX);
            check.require(validKey(idempotencyKey), "Idempotency-Key", KEY_RULE);
            check.done();
            return new Command(caller, idempotencyKey, lines, validAddress, method, comment);
        }

        private static boolean validKey(String key) {
            return key != null && KEY_SHAPE.matcher(key).matches();
        }

        /** A digest of what is ordered, to tell a retry of this request from a different one under the same key. */
        String fingerprint() {
            StringBuilder text = new StringBuilder();
            for (Line line : lines) {
                text.append(line.menuItemId().value()).append('x').append(line.quantity()).append(';');
            }
            text.append('\n').append(address.value()).append('\n').append(paymentMethod).append('\n').append(comment);
            try {
                return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }

    /**
     * The placed order.
     *
     * @param order    the order as stored now
     * @param replayed whether an earlier request with the same key placed it
     */
    public record Result(Order order, boolean replayed) {
    }
}
