package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an operator sees when a setting is wrong: the process, as started in production, exits at once. */
class MainTest {

    @TempDir
    Path dir;

    private record Exit(int code, List<String> lines) {}

    private Exit run(Map<String, String> settings) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(
                        java.toString(), "-cp", System.getProperty("java.class.path"), Main.class.getName())
                .redirectErrorStream(true);
        builder.environment().keySet().removeIf(Settings.NAMES::contains);
        builder.environment().put("DATA_DIR", dir.resolve("data").toString());
        builder.environment().putAll(settings);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS))
                .as("the process ends by itself")
                .isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Exit(process.exitValue(), output.lines().toList());
    }

    @Test
    void aWrongSettingEndsTheStartWithCodeTwoAndOneLineNamingIt() throws Exception {
        Exit exit = run(Map.of("PORT", "eighty", "SERVICE_KEYS", "a-service-key-that-is-long-enough"));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.lines())
                .containsExactly(
                        "customerbackend: configuration error: PORT must be a whole number from 0 to 65535, got 'eighty'");
        assertThat(dir.resolve("data")).as("nothing was started").doesNotExist();
    }

    @Test
    void aMaxPriceAtWhichAnOrderCouldCostMoreThanCanBeKeptEndsTheStart() throws Exception {
        Exit exit = run(Map.of("MAX_PRICE", "9999999999.99", "SERVICE_KEYS", "a-service-key-that-is-long-enough"));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.lines())
                .containsExactly("customerbackend: configuration error: MAX_PRICE must be a price above 0 "
                        + "and at most 2020202.02 (so that 50 lines of 99 cost at most 9999999999.99) with at most two decimals, "
                        + "got '9999999999.99'");
        assertThat(dir.resolve("data")).as("nothing was started").doesNotExist();
    }

    @Test
    void aWrongSettingInTheConfigFileIsReportedTheSameWay() throws Exception {
        Path file = dir.resolve("customerbackend.properties");
        Files.writeString(file, "PAYMENT_CALLBACK_SECRET=too-short\n");

        Exit exit = run(Map.of("CONFIG_FILE", file.toString()));

        assertThat(exit.code()).isEqualTo(2);
        assertThat(exit.lines())
                .singleElement()
                .asString()
                .startsWith("customerbackend: configuration error: PAYMENT_CALLBACK_SECRET must be")
                .doesNotContain("too-short");
    }
}
