package com.fooddelivery.customer.adapter.http;

/** The service's metrics in the Prometheus text exposition format, as served at {@code /metrics}. */
@FunctionalInterface
public interface MetricsScrape {

    /** The media type of the Prometheus text format, version 0.0.4. */
    String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    String scrape();
}
