package com.fooddelivery.customer.application.tracking;

import com.fooddelivery.customer.application.tracking.FollowOrders.Change;
import com.fooddelivery.customer.application.tracking.FollowOrders.Ending;
import com.fooddelivery.customer.application.tracking.FollowOrders.Update;
import com.fooddelivery.customer.application.tracking.FollowOrders.Viewer;
import com.fooddelivery.customer.domain.event.CustomerEventFeed.CustomerEvent;
import com.fooddelivery.customer.domain.event.DomainEvent;
import com.fooddelivery.customer.domain.event.RecordedEvent;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.token.Caller;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One open stream. While it opens, events arrive twice over (missed ones read by the opening request,
 * live ones from the reader): it holds the live ones back and shows each position once, in order.
 */
final class OrderStream implements LiveEvents.Watcher {

    private static final String ORDER = DomainEvent.TYPE_PREFIX + "order.";
    private static final Set<String> FINAL = Set.of("delivered", "cancelled");
    private static final Set<String> SESSION_CHANGES = Set.of(
            DomainEvent.TYPE_PREFIX + "customer.session-ended.v1",
            DomainEvent.TYPE_PREFIX + "customer.password-changed.v1");

    private final Caller caller;
    private final Optional<OrderUid> only;
    private final Viewer viewer;
    private final OrderRepository orders;
    private final CourierPositions couriers;
    private final Predicate<Caller> sessionValid;
    private final LiveEvents live;
    private final List<CustomerEvent> heldBack = new ArrayList<>();
    private boolean catchingUp = true;
    private boolean ended;
    private long shown;

    OrderStream(
            Caller caller,
            Optional<OrderUid> only,
            Viewer viewer,
            OrderRepository orders,
            CourierPositions couriers,
            Predicate<Caller> sessionValid,
            LiveEvents live) {
        this.couriers = couriers;
        this.caller = caller;
        this.only = only;
        this.viewer = viewer;
        this.orders = orders;
        this.sessionValid = sessionValid;
        this.live = live;
    }

    Caller caller() {
        return caller;
    }

    /** The live reader's events: held back while the stream opens. */
    @Override
    public synchronized void accept(CustomerEvent event) {
        if (catchingUp) {
            heldBack.add(event);
        } else {
            handle(event.event());
        }
    }

    /** A client without a last event id: the orders as they stand, as of a position of the log. */
    synchronized void opening(long position, List<Order> current) {
        shown = position;
        for (Order order : current) {
            viewer.show(new Update(
                    position, Change.STATE, order, order.timeline().lastStepAt(), couriers.shownWith(order)));
        }
    }

    /** A reconnecting client: it has everything up to this position. */
    synchronized void resumeAfter(long position) {
        shown = position;
    }

    /** An event the client missed, read from the log by the opening request. */
    synchronized void missed(CustomerEvent event) {
        handle(event.event());
    }

    /** The opening is done: shows what the live reader handed over meanwhile, and ends a finished order's stream. */
    synchronized void caughtUp(boolean orderWasFinished) {
        catchingUp = false;
        heldBack.forEach(event -> handle(event.event()));
        heldBack.clear();
        if (orderWasFinished) {
            end(Ending.ORDER_FINISHED);
        }
    }

    synchronized void close() {
        ended = true;
        live.unwatch(caller.customerId(), this);
    }

    private void handle(RecordedEvent event) {
        if (ended || event.position() <= shown) {
            return;
        }
        shown = event.position();
        if (SESSION_CHANGES.contains(event.type())) {
            if (!sessionValid.test(caller)) {
                end(Ending.SESSION_ENDED);
            }
            return;
        }
        if (!event.aboutAnOrder()
                || only.map(uid -> !uid.toString().equals(event.subject())).orElse(false)) {
            return;
        }
        Optional<Order> order = OrderUid.parse(event.subject()).flatMap(orders::byUid);
        if (order.isEmpty()) {
            return;
        }
        String name = name(event.type());
        viewer.show(
                new Update(event.position(), change(name), order.get(), event.time(), couriers.shownWith(order.get())));
        if (only.isPresent() && FINAL.contains(name)) {
            end(Ending.ORDER_FINISHED);
        }
    }

    private void end(Ending why) {
        if (!ended) {
            close();
            viewer.end(why);
        }
    }

    /** {@code com.fooddelivery.customer.order.cooking-started.v1} → {@code cooking-started}. */
    private static String name(String type) {
        String rest = type.substring(ORDER.length());
        int version = rest.lastIndexOf('.');
        return version < 0 ? rest : rest.substring(0, version);
    }

    private static Change change(String name) {
        return switch (name) {
            case "paid", "payment-failed", "payment-refunded" -> Change.PAYMENT;
            case "estimates-revised" -> Change.ESTIMATES;
            case "courier-position-reported" -> Change.COURIER;
            default -> Change.STATUS;
        };
    }
}
