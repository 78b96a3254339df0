package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Jetty as the service configures it, where the setting itself is the behaviour that matters. */
class ServerLimitsTest {

    /**
     * One connection from a load balancer carries many customers' tokens; with Jetty's per-connection
     * header cache on (1,024 by default), every new token was added to it and every few dozen emptied it
     * (docs/performance.md, "Authenticated reads, session 11").
     */
    @Test
    void jettyKeepsNoPerConnectionCacheOfHeaderLines() {
        try (RouteServer server = RouteServer.start(
                RouteServer.nobodySignedIn(), ServiceKeys.none(), (routes, responses, bodies) -> {})) {
            assertThat(server.headerCacheSizes()).isNotEmpty().containsOnly(ServerLimits.NO_HEADER_CACHE);
        }
    }
}
