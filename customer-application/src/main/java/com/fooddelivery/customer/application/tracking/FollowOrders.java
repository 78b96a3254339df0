package com.fooddelivery.customer.application.tracking;

import com.fooddelivery.customer.application.order.CallersOrder;
import com.fooddelivery.customer.domain.event.CustomerEventFeed;
import com.fooddelivery.customer.domain.order.CourierPosition;
import com.fooddelivery.customer.domain.order.CourierPositions;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderRepository;
import com.fooddelivery.customer.domain.order.OrderSummary;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.shared.AuthenticationException;
import com.fooddelivery.customer.domain.shared.NotFoundException;
import com.fooddelivery.customer.domain.shared.Validator;
import com.fooddelivery.customer.domain.token.Caller;
import com.fooddelivery.customer.domain.token.Session;
import com.fooddelivery.customer.domain.token.SessionRepository;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A customer follows one order, or all their open orders, as it moves: first how it stands (or, for a
 * client that reconnects, exactly the changes it missed, from the log), then each change as it
 * commits on any instance. One order's stream ends after its last step; every stream ends with the
 * session it was opened through.
 */
public class FollowOrders {

    /** The open orders an all-orders stream shows on connect, at most. */
    public static final int MAX_OPEN_ORDERS = 50;

    private static final int PAGE = 500;

    private final OrderRepository orders;
    private final CourierPositions couriers;
    private final SessionRepository sessions;
    private final CustomerEventFeed feed;
    private final LiveEvents live;
    private final Clock clock;

    /** @param feed     the log by customer, for what a reconnecting client missed */
    @Inject
    public FollowOrders(
            OrderRepository orders,
            CourierPositions couriers,
            SessionRepository sessions,
            CustomerEventFeed feed,
            LiveEvents live,
            Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.couriers = Objects.requireNonNull(couriers, "couriers");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.feed = Objects.requireNonNull(feed, "feed");
        this.live = Objects.requireNonNull(live, "live");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Opens a stream. The viewer hears of the opening state or the missed changes before this returns.
     *
     * @param viewer  shows the changes; called on other threads later, and must not block
     * @return the open stream, to close when the client goes
     * @throws NotFoundException       when the order does not exist or is another customer's
     * @throws AuthenticationException when the session ended meanwhile
     * @throws com.fooddelivery.customer.domain.shared.ThrottledException when the customer holds their most streams
     * @throws com.fooddelivery.customer.domain.shared.ServiceUnavailableException when this instance holds its most
     */
    public Following follow(Command command, Viewer viewer) {
        Caller caller = command.caller();
        Optional<Order> single =
                command.order().map(uid -> CallersOrder.of(orders.byUid(uid), caller.customerId(), uid));
        Session session = session(caller).orElseThrow(() -> new AuthenticationException("the session ended"));
        OrderStream stream =
                new OrderStream(caller, command.order(), viewer, orders, couriers, this::sessionValid, live);
        long position = live.watch(caller.customerId(), stream);
        try {
            if (command.lastEventId().isPresent()) {
                catchUp(stream, command.lastEventId().getAsLong());
            } else {
                // Everything up to the log's head has committed, so the orders read next reflect it: the opening
                // state stands for the head, and the reader's events up to it (it may lag) are not shown again.
                long asOf = Math.max(position, feed.head());
                stream.opening(asOf, single.map(List::of).orElseGet(() -> openOrders(caller)));
            }
            stream.caughtUp(single.map(order -> !order.status().pending()).orElse(false));
        } catch (RuntimeException failed) {
            stream.close();
            throw failed;
        }
        return new Following(session.end(), stream::close);
    }

    private void catchUp(OrderStream stream, long after) {
        stream.resumeAfter(after);
        long from = after;
        List<CustomerEventFeed.CustomerEvent> page;
        do {
            page = feed.ofCustomer(stream.caller().customerId(), from, PAGE);
            for (CustomerEventFeed.CustomerEvent event : page) {
                stream.missed(event);
                from = event.event().position();
            }
        } while (page.size() == PAGE);
    }

    private List<Order> openOrders(Caller caller) {
        return orders.page(caller.customerId(), true, MAX_OPEN_ORDERS, Optional.empty()).orders().stream()
                .map(OrderSummary::uid)
                .map(orders::byUid)
                .flatMap(Optional::stream)
                .toList();
    }

    private Optional<Session> session(Caller caller) {
        return sessions.validOf(caller.customerId(), clock.instant()).stream()
                .filter(session -> session.id().equals(caller.sessionId()))
                .findFirst();
    }

    private boolean sessionValid(Caller caller) {
        return session(caller).isPresent();
    }

    /**
     * Who follows what.
     *
     * @param order       one order, or empty for all their open orders
     * @param lastEventId the last event the client has (SSE {@code Last-Event-ID}), when it reconnects
     */
    public record Command(Caller caller, Optional<OrderUid> order, OptionalLong lastEventId) {
        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(lastEventId, "lastEventId");
            Validator.check()
                    .require(lastEventId.orElse(0) >= 0, "Last-Event-ID", "must be the id of an event of this stream")
                    .done();
        }
    }

    /** What a stream shows: called with the changes in order, and once when the stream ends. */
    public interface Viewer {

        /** Shows one change (or the opening state). */
        void show(Update update);

        /** The stream is over; nothing is shown after this. */
        void end(Ending why);
    }

    /**
     * One thing a stream shows.
     *
     * @param position the event's place in the log (for the opening state, the log's position it reflects)
     * @param order    the order as it stands now, enough to redraw it
     * @param courier  where its courier is, while it is on its way
     */
    public record Update(long position, Change change, Order order, Instant at, Optional<CourierPosition> courier) {
        public Update {
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Kinds of change a stream shows. */
    public enum Change {
        /** How the order stands when the stream opens. */
        STATE,
        /** The order moved to another status (placed, a kitchen's or courier's step, cancelled). */
        STATUS,
        /** Its payment changed (paid, failed, refunded). */
        PAYMENT,
        /** Its estimated ready or delivery time was revised. */
        ESTIMATES,
        /** The courier reported where they are. */
        COURIER
    }

    /** Why a stream ended. */
    public enum Ending {
        /** The order was delivered or cancelled: nothing more will happen to it. */
        ORDER_FINISHED,
        /** The session it was opened through ended (signed out, ended elsewhere, password changed). */
        SESSION_ENDED
    }

    /**
     * An open stream.
     *
     * @param sessionEndsAt when the session expires, at the latest the moment the stream must end
     */
    public record Following(Instant sessionEndsAt, Runnable closer) implements AutoCloseable {
        /** Stops the stream; its viewer hears nothing more. */
        @Override
        public void close() {
            closer.run();
        }
    }
}
