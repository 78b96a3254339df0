package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * What operators read on standard output, as LogConfiguration writes it: the request log's line in both formats,
 * with its fields' names, the request id from the MDC, and nothing held back once logging stops.
 */
class LogLinesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String LOGGER = "com.fooddelivery.customer.adapter.http.RequestLog";

    @Test
    void theTextLineShowsTimeLevelThreadLoggerRequestIdAndMessage() {
        String id = "text-" + UUID.randomUUID();

        String line = onlyLineWith(id, logRequestLine(false, id));

        assertThat(line)
                .matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z INFO  \\["
                        + Thread.currentThread().getName()
                        + "\\] c\\.f\\.c\\.adapter\\.http\\.RequestLog " + id
                        + " - GET /api/v1/orders/\\{uid} 200 3 ms");
    }

    @Test
    void theJsonLineHasTheSameFieldsAsEver() throws Exception {
        String id = "json-" + UUID.randomUUID();

        JsonNode line = JSON.readTree(onlyLineWith(id, logRequestLine(true, id)));

        List<String> fields = new ArrayList<>();
        line.fieldNames().forEachRemaining(fields::add);
        assertThat(fields)
                .containsExactly(
                        "timestamp",
                        "level",
                        "threadName",
                        "loggerName",
                        "mdc",
                        "kvpList",
                        "formattedMessage",
                        "throwable");
        assertThat(line.get("level").asText()).isEqualTo("INFO");
        assertThat(line.get("loggerName").asText()).isEqualTo(LOGGER);
        assertThat(line.get("mdc").get("requestId").asText()).isEqualTo(id);
        assertThat(line.get("kvpList").toString())
                .isEqualTo("[{\"method\":\"GET\"},{\"route\":\"/api/v1/orders/{uid}\"},{\"status\":\"200\"},"
                        + "{\"durationMs\":\"3\"},{\"requestId\":\"" + id + "\"}]");
        assertThat(line.get("formattedMessage").asText()).isEqualTo("GET /api/v1/orders/{uid} 200 3 ms");
    }

    /** Logs the request log's line through a fresh configuration and stops it; what standard output got. */
    private static String logRequestLine(boolean json, String id) {
        PrintStream standard = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            LoggerContext logging = new LoggerContext();
            logging.setMDCAdapter(new LogbackMDCAdapter());
            LogConfiguration.configure(logging, json);
            Logger log = logging.getLogger(LOGGER);
            logging.getMDCAdapter().put("requestId", id);
            log.atInfo()
                    .addKeyValue("method", "GET")
                    .addKeyValue("route", "/api/v1/orders/{uid}")
                    .addKeyValue("status", 200)
                    .addKeyValue("durationMs", 3L)
                    .addKeyValue("requestId", id)
                    .log("{} {} {} {} ms", "GET", "/api/v1/orders/{uid}", 200, 3L);
            logging.getMDCAdapter().remove("requestId");
            logging.stop();
        } finally {
            System.setOut(standard);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }

    /** Other tests' servers may log to standard output meanwhile: only this test's line counts. */
    private static String onlyLineWith(String id, String output) {
        List<String> lines = output.lines().filter(line -> line.contains(id)).toList();
        assertThat(lines).as(output).hasSize(1);
        assertThat(output).as("whole lines only").endsWith("\n");
        return lines.get(0);
    }
}
