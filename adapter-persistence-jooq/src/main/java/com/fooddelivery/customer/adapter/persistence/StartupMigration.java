package com.fooddelivery.customer.adapter.persistence;

import com.fooddelivery.customer.adapter.persistence.BundledMigrations.Script;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema up to date at start-up. Where Flyway's history already lists exactly the scripts this
 * build bundles, each applied successfully and with the checksum of the bundled file, Flyway would find
 * nothing to do and nothing to object to, so it is not loaded at all (decision 0018). In every other case
 * (an empty database, a pending or failed migration, a newer schema, an edited script) Flyway runs as
 * before and decides.
 */
final class StartupMigration {

    private static final Logger LOG = LoggerFactory.getLogger(StartupMigration.class);

    private final Predicate<DataSource> flyway;
    private final ClassLoader scripts;

    /** @param flyway migrates with Flyway; true when every migration this build knows is applied */
    StartupMigration(Predicate<DataSource> flyway) {
        this(flyway, StartupMigration.class.getClassLoader());
    }

    /** @param scripts the loader whose {@value BundledMigrations#LOCATION} holds the scripts this build bundles */
    StartupMigration(Predicate<DataSource> flyway, ClassLoader scripts) {
        this.flyway = flyway;
        this.scripts = scripts;
    }

    /** Flyway in a class loader of its own ({@link IsolatedMigration}) where it is needed. */
    static StartupMigration withIsolatedFlyway() {
        return new StartupMigration(IsolatedMigration::migrate);
    }

    /** True when every migration this build knows is applied; a failed migration throws. */
    boolean apply(DataSource dataSource) {
        Optional<Set<Script>> bundled = BundledMigrations.of(scripts);
        if (bundled.isPresent() && SchemaHistory.applied(dataSource).equals(bundled)) {
            LOG.info(
                    "Schema is up to date: the history lists the {} bundled migrations with their checksums, Flyway not needed",
                    bundled.get().size());
            return true;
        }
        return flyway.test(dataSource);
    }
}
