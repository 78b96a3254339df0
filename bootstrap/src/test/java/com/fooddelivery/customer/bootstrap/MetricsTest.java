package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Request timings keep one series per method, route template and status, however their timers are found. */
class MetricsTest {

    @Test
    void eachMethodRouteAndStatusCountsInItsOwnSeriesWithItsOutcome() {
        try (Metrics metrics = new Metrics()) {
            for (int i = 0; i < 3; i++) {
                metrics.requestHandled("GET", "/api/v1/orders/{uid}", 200, Duration.ofMillis(2));
            }
            metrics.requestHandled("GET", "/api/v1/orders/{uid}", 404, Duration.ofMillis(1));
            metrics.requestHandled("POST", "/api/v1/orders/{uid}", 200, Duration.ofMillis(1));
            metrics.requestHandled("GET", "unmatched", 404, Duration.ofMillis(1));

            String scraped = metrics.scrape();

            assertThat(count(scraped, "GET", "/api/v1/orders/{uid}", "200", "SUCCESS"))
                    .isEqualTo("3");
            assertThat(count(scraped, "GET", "/api/v1/orders/{uid}", "404", "CLIENT_ERROR"))
                    .isEqualTo("1");
            assertThat(count(scraped, "POST", "/api/v1/orders/{uid}", "200", "SUCCESS"))
                    .isEqualTo("1");
            assertThat(count(scraped, "GET", "unmatched", "404", "CLIENT_ERROR"))
                    .isEqualTo("1");
            assertThat(scraped)
                    .contains(
                            "http_server_requests_seconds_sum{method=\"GET\",outcome=\"SUCCESS\",route=\"/api/v1/orders/{uid}\",status=\"200\"} 0.006");
        }
    }

    @Test
    void moreSeriesThanTheCacheHoldsAreStillEachCounted() {
        try (Metrics metrics = new Metrics(3)) {
            for (int round = 0; round < 2; round++) {
                for (int route = 0; route < 5; route++) {
                    metrics.requestHandled("GET", "/r" + route, 200, Duration.ofMillis(1));
                }
            }

            String scraped = metrics.scrape();

            assertThat(count(scraped, "GET", "/r0", "200", "SUCCESS")).isEqualTo("2");
            assertThat(count(scraped, "GET", "/r4", "200", "SUCCESS")).isEqualTo("2");
        }
    }

    private static String count(String scraped, String method, String route, String status, String outcome) {
        Matcher line = Pattern.compile("(?m)^http_server_requests_seconds_count\\{method=\"" + method + "\",outcome=\""
                        + outcome + "\",route=\"" + Pattern.quote(route) + "\",status=\"" + status + "\"} (\\S+)$")
                .matcher(scraped);
        assertThat(line.find())
                .as("a series for %s %s %s in%n%s", method, route, status, scraped)
                .isTrue();
        return line.group(1);
    }
}
