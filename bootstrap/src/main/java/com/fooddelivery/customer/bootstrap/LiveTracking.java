package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.http.TrackingRoutes;
import com.fooddelivery.customer.application.tracking.LiveEvents;
import com.fooddelivery.customer.application.wiring.CustomerCore;

/** The live streams' reader of the event log and their routes, closed together. */
record LiveTracking(LiveEvents live, TrackingRoutes routes) implements AutoCloseable {

    /** The most live streams one customer holds open on one instance; the next is 429. */
    static final int STREAMS_PER_CUSTOMER = 5;

    static LiveTracking start(Settings settings, CustomerCore core) {
        LiveEvents live = core.tracking()
                .liveEvents(settings.maxStreams(), STREAMS_PER_CUSTOMER)
                .orElseThrow();
        return new LiveTracking(
                live,
                new TrackingRoutes(
                        core.tracking().followOrders(live).orElseThrow(),
                        core.tracking().reportCourierPosition().orElseThrow()));
    }

    @Override
    public void close() {
        routes.close();
        live.close();
    }
}
