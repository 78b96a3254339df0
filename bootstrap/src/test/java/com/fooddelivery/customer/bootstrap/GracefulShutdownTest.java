package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.junit.jupiter.api.Test;

/**
 * A stop (what SIGTERM triggers) refuses new connections at once but lets a request already being
 * handled finish and commit, and only then closes the pool it needs.
 */
class GracefulShutdownTest {

    @Test
    void aRequestInFlightWhenTheStopBeginsIsFinishedAndCommitted() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        CustomerBackend backend = TestBackends.start(database, "SHUTDOWN_GRACE", "PT20S");
        int port = backend.port();
        byte[] body = ("{\"login\":\"late.lucy\",\"email\":\"lucy@example.org\",\"phoneNumber\":\"+4915155508001\","
                + "\"password\":\"slow and steady wins\"}").getBytes(StandardCharsets.UTF_8);
        int half = body.length / 2;

        try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
            client.setSoTimeout(30_000);
            OutputStream out = client.getOutputStream();
            // Headers and half the body: the handler is now blocked reading the rest.
            out.write(("POST /api/v1/customers HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                    + "Content-Type: application/json\r\n"
                    + "Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, half);
            out.flush();
            Thread.sleep(500);

            CompletableFuture<Void> stopping = CompletableFuture.runAsync(backend::close);
            // Well inside the one second for which Jetty lets a silent connection live once stopping.
            Thread.sleep(200);
            assertThat(stopping).as("the stop waits for the request in flight").isNotDone();
            assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port).close())
                    .as("no new connection is accepted while stopping").isInstanceOf(ConnectException.class);

            out.write(body, half, body.length - half);
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
            assertThat(in.readLine()).isEqualTo("HTTP/1.1 201 Created");
            stopping.get(30, TimeUnit.SECONDS);
        }
        assertThat(customersNamed(database, "late.lucy")).isEqualTo(1);
    }

    private static int customersNamed(DatabaseSettings database, String login) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select count(*) from delivery_customer_c where login = '" + login + "'")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
