package com.fooddelivery.peer.order;

import com.fooddelivery.peer.menu.MenuItem;
import com.fooddelivery.peer.menu.MenuItemRepository;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** The order use cases, one transaction each. */
@Service
class OrderService {

    private static final List<String> KITCHEN_QUEUE = List.of("PROCESSING", "COOKING");
    private static final Duration BASE_COOKING = Duration.ofMinutes(20);
    private static final Duration PER_QUEUED_ORDER = Duration.ofMinutes(2);
    private static final Duration MAX_QUEUE_DELAY = Duration.ofMinutes(60);
    private static final Duration BASE_DELIVERY = Duration.ofMinutes(25);

    private final OrderRepository orders;
    private final PaymentRepository payments;
    private final RatingRepository ratings;
    private final IdempotencyKeyRepository keys;
    private final MenuItemRepository menu;
    private final ApplicationEventPublisher events;
    private final String currency;

    OrderService(OrderRepository orders, PaymentRepository payments, RatingRepository ratings,
                 IdempotencyKeyRepository keys, MenuItemRepository menu, ApplicationEventPublisher events,
                 @Value("${peer.currency:EUR}") String currency) {
        this.orders = orders;
        this.payments = payments;
        this.ratings = ratings;
        this.keys = keys;
        this.menu = menu;
        this.events = events;
        this.currency = currency;
    }

    /** The placed order, and whether an earlier request with the same key placed it. */
    record Placed(OrderDtos.OrderDto order, boolean replayed) {
    }

    /**
     * Places the order once per key: the key is claimed, the order priced from the menu and stored with
     * its pending payment, and the key completed, all in one transaction. A request with a key in use
     * for another order gets 422; one that fails leaves nothing behind, its key included.
     */
    @Transactional
    public Placed place(int customerId, String key, OrderDtos.PlaceOrderRequest request) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        String comment = request.comment() == null ? "" : request.comment().strip();
        String fingerprint = fingerprint(request, comment);
        if (keys.claim(customerId, key, fingerprint, now) == 0) {
            IdempotencyKey claimed = keys.findById(new IdempotencyKey.Key(customerId, key)).orElseThrow(() ->
                    new ResponseStatusException(HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being handled"));
            if (!claimed.getFingerprint().equals(fingerprint)) {
                throw new ResponseStatusException(HttpStatus.UNPROCESSABLE_ENTITY,
                        "This Idempotency-Key was used for a different order");
            }
            if (claimed.getOrderUid() == null) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being handled");
            }
            return new Placed(report(orders.findWithLines(claimed.getOrderUid()).orElseThrow()), true);
        }
        Map<Integer, MenuItem> items = menu.findByIdInAndRetiredAtIsNull(
                        request.items().stream().map(OrderDtos.LineRequest::menuItemId).toList())
                .stream().collect(Collectors.toMap(MenuItem::getId, Function.identity()));
        Order order = new Order(customerId, request.paymentMethod(), currency, request.deliveryAddress().strip(), comment,
                now);
        for (int i = 0; i < request.items().size(); i++) {
            OrderDtos.LineRequest line = request.items().get(i);
            MenuItem item = items.get(line.menuItemId());
            if (item == null || !item.isAvailable()) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST,
                        "items[" + i + "].menuItemId is not on the menu or cannot be ordered now");
            }
            order.addLine(item.getId(), item.getName(), item.getPrice(), line.quantity());
        }
        order.estimate(estimateReady(now, orders.countByStatusIn(KITCHEN_QUEUE)), BASE_DELIVERY);
        orders.save(order);
        Optional<Payment> payment = Optional.empty();
        if (!Order.prepaid(order.getPaymentMethod())) {
            payment = Optional.of(payments.save(Payment.atTheDoor(order, now)));
        }
        keys.complete(customerId, key, order.getUid());
        events.publishEvent(new OrderPlaced(order, now));
        return new Placed(OrderDtos.OrderDto.of(order, payment, Optional.empty()), false);
    }

    /** The customer's own order with its lines, payment and rating; another customer's is not found. */
    @Transactional(readOnly = true)
    public OrderDtos.OrderDto show(int customerId, UUID uid) {
        return orders.findWithLines(uid)
                .filter(order -> order.getCustomerId() == customerId)
                .map(this::report)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No order " + uid));
    }

    /** A page of the customer's orders, newest first, with the position of the next page if there is one. */
    @Transactional(readOnly = true)
    public OrderDtos.OrderList list(int customerId, boolean pendingOnly, int limit, Optional<Long> before) {
        List<OrderSummary> rows = orders.page(customerId, before.orElse(Long.MAX_VALUE), !pendingOnly, Limit.of(limit + 1));
        String next = rows.size() > limit ? Cursors.encode(rows.get(limit - 1).id()) : null;
        return new OrderDtos.OrderList(rows.stream().limit(limit).map(OrderDtos.SummaryDto::of).toList(), next);
    }

    private OrderDtos.OrderDto report(Order order) {
        Optional<Rating> rating = order.getStatus().equals("DELIVERED") ? ratings.findById(order.getId()) : Optional.empty();
        return OrderDtos.OrderDto.of(order, payments.findFirstByOrderUidOrderByIdDesc(order.getUid()), rating);
    }

    private static Instant estimateReady(Instant now, long queued) {
        Duration queueDelay = PER_QUEUED_ORDER.multipliedBy(queued);
        return now.plus(BASE_COOKING).plus(queueDelay.compareTo(MAX_QUEUE_DELAY) > 0 ? MAX_QUEUE_DELAY : queueDelay);
    }

    private static String fingerprint(OrderDtos.PlaceOrderRequest request, String comment) {
        StringBuilder text = new StringBuilder();
        for (OrderDtos.LineRequest line : request.items()) {
            text.append(line.menuItemId()).append('x').append(line.quantity()).append(';');
        }
        text.append('\n').append(request.deliveryAddress().strip()).append('\n').append(request.paymentMethod())
                .append('\n').append(comment);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
