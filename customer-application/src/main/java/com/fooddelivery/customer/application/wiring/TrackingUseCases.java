package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.application.tracking.FollowOrders;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.tracking.ReportCourierPosition;
import com.fooddelivery.customer.application.tracking.ShowCourier;
import java.util.Objects;
import java.util.Optional;

/**
 * The use cases of live tracking: the courier's position, and the customer's orders followed as they move.
 */
public final class TrackingUseCases {

    private final CorePorts ports;
    private final Optional<ShowCourier> showCourier;
    private final Optional<ReportCourierPosition> reportCourierPosition;

    TrackingUseCases(CorePorts p) {
        ports = p;
        showCourier = p.orders().courierPositions().map(ShowCourier::new);
        reportCourierPosition = p.orders()
                .courierPositions()
                .map(positions -> new ReportCourierPosition(
                        p.orders().orders(), positions, p.unitOfWork(), p.clock(), p.events()));
    }

    /** Where an order's courier is; with {@code CourierPositions} only. */
    public Optional<ShowCourier> showCourier() {
        return showCourier;
    }

    /** The courier's reported position; with {@code CourierPositions} only. */
    public Optional<ReportCourierPosition> reportCourierPosition() {
        return reportCourierPosition;
    }

    /**
     * The live order streams of one instance: a new reader each call, to be closed by its owner.
     *
     * @return the reader, or empty without {@code CustomerEventFeed} and {@code EventSignals}
     */
    public Optional<LiveEvents> liveEvents(int maxStreams, int maxPerCustomer) {
        return ports.feeds()
                .customerFeed()
                .flatMap(feed -> ports.feeds()
                        .signals()
                        .map(signals -> new LiveEvents(feed, signals, maxStreams, maxPerCustomer)));
    }

    /**
     * Follows the customer's orders live, on the instance's stream reader.
     *
     * @param live the reader from {@link #liveEvents}
     * @return the use case, or empty without {@code CourierPositions} and {@code CustomerEventFeed}
     */
    public Optional<FollowOrders> followOrders(LiveEvents live) {
        Objects.requireNonNull(live, "live");
        return ports.orders()
                .courierPositions()
                .flatMap(positions -> ports.feeds()
                        .customerFeed()
                        .map(feed -> new FollowOrders(
                                ports.orders().orders(),
                                positions,
                                ports.accounts().sessions(),
                                feed,
                                live,
                                ports.clock())));
    }
}
