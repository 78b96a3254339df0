package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.TestPostgres;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.junit.jupiter.api.Test;

/**
 * A stop (what SIGTERM triggers) refuses new connections at once but lets a request already being
 * handled finish and commit, and only then closes the pool it needs; a request still running when
 * the grace period ends is cut, so a stop never takes much longer than {@code SHUTDOWN_GRACE}.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheStopBeginsIsFinishedAndCommitted() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        // A body rate of a byte a second: the body below arrives a byte at a time while the test waits.
        CustomerBackend backend =
                TestBackends.startAsShipped(database, "SHUTDOWN_GRACE", "PT20S", "HTTP_MIN_BODY_RATE", "1");
        int port = backend.port();
        byte[] body = """
                {"login": "late.lucy", "email": "lucy@example.org", "phoneNumber": "+4915155508001",
                 "password": "slow and steady wins"}""".getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout(30_000);
            OutputStream out = client.getOutputStream();
            // Headers and half the body: the request is in flight, waiting for the rest.
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            awaitRequestsInFlight(backend);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(backend::close);
            // Jetty cuts a connection that stays silent for a second once the stop began: a byte of the
            // body every 200 ms keeps this one talking until the stop refuses new connections.
            int sent = half;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (accepts(port) && System.nanoTime() < deadline && sent < body.length - 1) {
                out.write(body[sent++]);
                out.flush();
                Thread.sleep(200);
            }
            assertThat(accepts(port))
                    .as("no new connection is accepted while stopping")
                    .isFalse();
            assertThat(stopping).as("the stop waits for the request in flight").isNotDone();

            out.write(body, sent, body.length - sent);
            out.flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 201 Created");
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThat(customersNamed(database, "late.lucy")).isEqualTo(1);
    }

    @Test
    void aRequestOutlastingTheGraceIsCutTheStopEndsOnTimeAndThePoolIsClosed() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        // The trickle below (about 3 bytes a second) must outlast the grace, not fall below the body rate.
        CustomerBackend backend =
                TestBackends.startAsShipped(database, "SHUTDOWN_GRACE", "PT2S", "HTTP_MIN_BODY_RATE", "1");
        byte[] body = """
                {"login": "slow.sam", "email": "sam@example.org", "phoneNumber": "+4915155508002",
                 "password": "slow and steady loses"}""".getBytes(StandardCharsets.UTF_8);
        assertThat(connectionsTo(database)).as("the pool is open").isPositive();

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), backend.port())) {
            client.setSoTimeout(30_000);
            OutputStream out = client.getOutputStream();
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                            + "Content-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 1);
            out.flush();
            awaitRequestsInFlight(backend);
            long started = System.nanoTime();
            CompletableFuture<Void> stopping = CompletableFuture.runAsync(backend::close);
            // A byte every 300 ms: never silent long enough to be cut as idle, never done within the grace.
            for (int i = 1; i < body.length - 1 && !stopping.isDone(); i++) {
                try {
                    out.write(body[i]);
                    out.flush();
                } catch (IOException cut) {
                    break;
                }
                Thread.sleep(300);
            }
            stopping.get(30, TimeUnit.SECONDS);
            long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

            // The trickle alone would take over 35 s: a stop that waited for it would take that long.
            assertThat(tookMillis).as("the stop waits the grace, then cuts").isBetween(1_500L, 20_000L);
            String answer;
            try {
                answer = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8))
                        .readLine();
            } catch (IOException reset) {
                answer = null;
            }
            assertThat(answer).as("the cut request got no 201").isNotEqualTo("HTTP/1.1 201 Created");
        }
        assertThat(customersNamed(database, "slow.sam")).isZero();
        assertThat(connectionsLeft(database))
                .as("the pool is closed with the stop")
                .isZero();
    }

    /** Waits until Jetty has handed the test's one request to the handlers, where the stop waits for it. */
    private static void awaitRequestsInFlight(CustomerBackend backend) throws InterruptedException {
        GracefulHandler graceful = backend.http().jettyServer().server().getDescendant(GracefulHandler.class);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (graceful.getCurrentRequestCount() < 1 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(graceful.getCurrentRequestCount()).as("requests in flight").isEqualTo(1);
    }

    /** Whether the service still takes new connections. */
    private static boolean accepts(int port) throws IOException {
        try (Socket probe = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (ConnectException refused) {
            return false;
        }
    }

    /**
     * Connections still open after the stop. PostgreSQL ends a backend a moment after its client hangs
     * up, so a closed connection may still be listed for some milliseconds: wait up to 30 s for none.
     */
    private static int connectionsLeft(DatabaseSettings database) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int left = connectionsTo(database);
        while (left > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
            left = connectionsTo(database);
        }
        return left;
    }

    /** Connections to the test's database other than the one asking. */
    private static int connectionsTo(DatabaseSettings database) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from pg_stat_activity "
                        + "where datname = current_database() and pid <> pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int customersNamed(DatabaseSettings database, String login) throws SQLException {
        try (Connection connection =
                        DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select count(*) from delivery_customer_c where login = '" + login + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
