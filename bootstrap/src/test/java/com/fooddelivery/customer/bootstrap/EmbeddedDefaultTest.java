package com.fooddelivery.customer.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded default keeps its data between runs, belongs to one process at a time, and starts with the
 * demo menu unless that is turned off.
 */
class EmbeddedDefaultTest {

    @TempDir
    Path dataDir;

    @Test
    void theMenuSurvivesARestartAndIsLoadedOnlyOnce() {
        Settings settings = Settings.from(Map.of("PORT", "0", "DATA_DIR", dataDir.toString()));
        int categoriesBefore;
        try (CustomerBackend first = TestBackends.quickStop(CustomerBackend.start(settings))) {
            categoriesBefore = ApiClient.json(new ApiClient(first.port()).get("/api/v1/categories"))
                    .get("categories")
                    .size();
        }

        try (CustomerBackend second = TestBackends.quickStop(CustomerBackend.start(settings))) {
            int categoriesAfter = ApiClient.json(new ApiClient(second.port()).get("/api/v1/categories"))
                    .get("categories")
                    .size();
            assertThat(categoriesAfter).isEqualTo(categoriesBefore).isEqualTo(DemoMenu.categoryCount());
        }
    }

    @Test
    void aSecondProcessCannotTakeTheSameDataDirectoryAndNoDemoMenuIsLoadedWhenTurnedOff() {
        Settings settings = Settings.from(Map.of("PORT", "0", "DATA_DIR", dataDir.toString(), "DEMO_MENU", "false"));
        try (CustomerBackend running = TestBackends.quickStop(CustomerBackend.start(settings))) {
            assertThat(ApiClient.json(new ApiClient(running.port()).get("/api/v1/categories"))
                            .get("categories")
                            .size())
                    .as("the new embedded database's menu, with DEMO_MENU=false")
                    .isZero();
            // FileChannel locks are per process, so a second JVM is what this guards against; within
            // one JVM the overlapping lock attempt is refused just the same.
            assertThatThrownBy(() -> CustomerBackend.start(settings))
                    .hasMessageContaining("another customerbackend process");
        }
    }
}
