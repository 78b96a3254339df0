package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.adapter.persistence.IsolatedMigrationTest.migrationScripts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.adapter.persistence.BundledMigrations.Script;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled scripts are read as Flyway reads them, from a folder or a jar, or not at all. */
class BundledMigrationsTest {

    @TempDir
    Path folder;

    @Test
    void readsEveryScriptOfTheMigrationFolder() {
        Set<Script> scripts = BundledMigrations.of(getClass().getClassLoader()).orElseThrow();

        assertThat(scripts).hasSize(migrationScripts());
        assertThat(scripts).extracting(Script::version).contains("1", "19");
        assertThat(scripts).extracting(Script::script).contains("V1__menu_customers_tokens.sql");
    }

    @Test
    void readsAJarsScriptsWithFlywaysVersionsAndChecksums() throws IOException {
        Map<String, String> contents = Map.of(
                "V1__plain.sql", "create table a (id int);\nselect 1;\n",
                "V2_1__windows_lines.sql", "create table b (id int);\r\nselect 2;\r\n",
                "V3__byte_order_mark.sql", "\uFEFFcreate table c (id int);\n-- ünïcödé\n");
        try (URLClassLoader loader = loaderOf(jar(contents))) {
            Set<Script> scripts = BundledMigrations.of(loader).orElseThrow();

            assertThat(scripts).extracting(Script::version).containsExactlyInAnyOrder("1", "2.1", "3");
            assertThat(scripts.stream().collect(Collectors.toMap(Script::version, Script::checksum)))
                    .isEqualTo(flywaysChecksums(contents));
        }
    }

    @Test
    void leavesToFlywayAScriptItDoesNotKnow() throws IOException {
        assertLeftToFlyway(Map.of("V1__plain.sql", "select 1;\n", "R__repeatable_view.sql", "select 2;\n"));
    }

    @Test
    void leavesToFlywayTwoScriptsOfOneVersion() throws IOException {
        assertLeftToFlyway(Map.of("V1__one.sql", "select 1;\n", "V1__other.sql", "select 2;\n"));
    }

    @Test
    void leavesToFlywayScriptsInASubfolder() throws IOException {
        // Flyway reads subfolders too: it would find a migration there that the listing does not hold.
        assertLeftToFlyway(Map.of("V1__plain.sql", "select 1;\n", "archive/V2__older.sql", "select 2;\n"));
    }

    @Test
    void leavesToFlywayABuildWithoutScripts() throws IOException {
        // An empty listing would equal the empty history of a database Flyway has yet to fill.
        assertLeftToFlyway(Map.of());
    }

    @Test
    void leavesToFlywayAMigrationPlaceThatIsNoFolder() throws IOException {
        Path classes = Files.createDirectories(folder.resolve("classes/db"));
        Files.writeString(classes.resolve("migration"), "not a folder");
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {folder.resolve("classes").toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            assertThat(loader.getResource(BundledMigrations.LOCATION)).isNotNull();

            assertThat(BundledMigrations.of(loader)).isEmpty();
        }
    }

    @Test
    void leavesToFlywayAMigrationPlaceOfAnotherKind() {
        // Neither a folder nor a jar (a module image here; a nested jar of another packager alike).
        ClassLoader elsewhere = new ClassLoader(ClassLoader.getPlatformClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return Collections.enumeration(
                        List.of(URI.create("jrt:/java.base/java/lang").toURL()));
            }
        };

        assertThat(BundledMigrations.of(elsewhere)).isEmpty();
    }

    /** The scripts, bundled in a jar, list as nothing: the start leaves them to Flyway. */
    private void assertLeftToFlyway(Map<String, String> scripts) throws IOException {
        try (URLClassLoader loader = loaderOf(jar(scripts))) {
            assertThat(BundledMigrations.of(loader)).isEmpty();
        }
    }

    /** What Flyway resolves from the same scripts in a folder, against an empty database: version to checksum. */
    private Map<String, Integer> flywaysChecksums(Map<String, String> contents) throws IOException {
        Path scripts = Files.createDirectory(folder.resolve("scripts"));
        for (Map.Entry<String, String> script : contents.entrySet()) {
            Files.writeString(scripts.resolve(script.getKey()), script.getValue());
        }
        try (HikariDataSource empty = IsolatedMigrationTest.pool(TestPostgres.emptyDatabase())) {
            MigrationInfo[] pending = Flyway.configure()
                    .locations("filesystem:" + scripts)
                    .dataSource(empty)
                    .load()
                    .info()
                    .pending();
            return Arrays.stream(pending)
                    .collect(Collectors.toMap(info -> info.getVersion().getVersion(), MigrationInfo::getChecksum));
        }
    }

    private Path jar(Map<String, String> scripts) throws IOException {
        Path jar = folder.resolve("migrations.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file)) {
            out.putNextEntry(new JarEntry("db/"));
            out.putNextEntry(new JarEntry("db/migration/"));
            for (Map.Entry<String, String> script : scripts.entrySet()) {
                out.putNextEntry(new JarEntry("db/migration/" + script.getKey()));
                out.write(script.getValue().getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    /** A loader that sees only the jar (and the JDK), as the service's loader sees its own jar. */
    private static URLClassLoader loaderOf(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader());
    }
}
