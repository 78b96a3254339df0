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
 * A customer follows one order, or all their open ones: first how it stands (or, on reconnect, exactly
 * the changes missed), then each change as it commits on any instance. A stream ends with its session.
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
     * Opens a stream, whose viewer (called later on other threads, never to block) hears of the opening
     * state or the missed changes before this returns.
     *
     * @throws NotFoundException       when the order does not exist or is another customer's
     * @throws AuthenticationException when the session ended meanwhile
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

    /** Who follows one order (or all, when empty), from SSE's {@code Last-Event-ID} when reconnecting. */
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

    /** One thing a stream shows; the opening state's position is the log's position it reflects. */
    public record Update(long position, Change change, Order order, Instant at, Optional<CourierPosition> courier) {
        public Update {
            Objects.requireNonNull(courier, "courier");
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(order, "order");
            Objects.requireNonNull(at, "at");
        }
    }

    /** Kinds of change a stream shows; STATE is how the order stands when the stream opens. */
    public enum Change {
        STATE,
        STATUS,
        PAYMENT,
        ESTIMATES,
        COURIER
    }

    /** Why a stream ended. */
    public enum Ending {
        ORDER_FINISHED,
        SESSION_ENDED
    }

    /** An open stream, to end at {@code sessionEndsAt} at the latest. */
    public record Following(Instant sessionEndsAt, Runnable closer) implements AutoCloseable {
        /** Stops the stream; its viewer hears nothing more. */
        @Override
        public void close() {
            closer.run();
        }
    }
}
