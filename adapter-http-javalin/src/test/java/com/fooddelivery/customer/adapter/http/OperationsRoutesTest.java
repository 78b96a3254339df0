package com.fooddelivery.customer.adapter.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The probes over a real socket, with a probe whose answers the test sets. */
class OperationsRoutesTest {

    private boolean databaseUp = true;
    private boolean schemaCurrent = true;
    private final HealthProbe probe = new HealthProbe() {
        @Override
        public boolean databaseUp() {
            return databaseUp;
        }

        @Override
        public boolean schemaCurrent() {
            return schemaCurrent;
        }
    };
    private final Javalin app = Javalin.create(
                    config -> new OperationsRoutes(probe, () -> "# no metrics\n").register(config.routes))
            .start(0);

    @AfterEach
    void stop() {
        app.stop();
    }

    private int status(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    @Test
    void aSchemaMissingMigrationsIsNotReadyThoughTheDatabaseAnswersAndTheProcessStaysLive() throws Exception {
        schemaCurrent = false;

        assertThat(status("/health/ready")).isEqualTo(503);
        assertThat(status("/health/live")).isEqualTo(200);
        assertThat(status("/health")).isEqualTo(200);
    }

    @Test
    void aDatabaseThatDoesNotAnswerIsNotReadyNorHealthyButTheProcessStaysLive() throws Exception {
        databaseUp = false;

        assertThat(status("/health/ready")).isEqualTo(503);
        assertThat(status("/health")).isEqualTo(503);
        assertThat(status("/health/live")).isEqualTo(200);
    }

    @Test
    void withBothInOrderEveryProbeIsUp() throws Exception {
        assertThat(status("/health/ready")).isEqualTo(200);
        assertThat(status("/health")).isEqualTo(200);
        assertThat(status("/health/live")).isEqualTo(200);
    }
}
