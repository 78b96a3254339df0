package com.fooddelivery.customer.adapter.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Predicate;
import javax.sql.DataSource;

/**
 * Runs {@link FlywayMigration} with Flyway's classes defined by a class loader that is dropped
 * afterwards. Flyway is used once, at start-up, but the ~400 classes it loads would otherwise stay in
 * metaspace for the life of the process (docs/performance.md, "Memory, round three"); defined here, they
 * can be unloaded by the next full collection. Everything else (the driver, SLF4J, Jackson, the
 * migration scripts) still comes from the service's own class loader.
 */
final class IsolatedMigration extends ClassLoader {

    private static final String MIGRATION = IsolatedMigration.class.getPackageName() + ".FlywayMigration";

    static {
        registerAsParallelCapable();
    }

    private IsolatedMigration(ClassLoader parent) {
        super("flyway-migration", parent);
    }

    /** Applies every pending migration; true when the schema is current. A failed migration throws. */
    static boolean migrate(DataSource dataSource) {
        return create().apply(dataSource);
    }

    /** A loader of its own for one migration. */
    static IsolatedMigration create() {
        return new IsolatedMigration(IsolatedMigration.class.getClassLoader());
    }

    /** Runs the migration with Flyway's classes defined by this loader. */
    boolean apply(DataSource dataSource) {
        // Not made the thread's context class loader: a thread started meanwhile (the pool's, the
        // driver's timer) would inherit it and keep every class of Flyway's for as long as it runs.
        try {
            Constructor<?> constructor = loadClass(MIGRATION).getDeclaredConstructor();
            constructor.setAccessible(true);
            // FlywayMigration is a Predicate<DataSource>; Predicate and DataSource are the JDK's, shared.
            @SuppressWarnings("unchecked")
            Predicate<DataSource> migration = (Predicate<DataSource>) constructor.newInstance();
            return migration.test(dataSource);
        } catch (InvocationTargetException failed) {
            throw failed.getCause() instanceof RuntimeException runtime
                    ? runtime
                    : new IllegalStateException("Could not start the migration", failed.getCause());
        } catch (ReflectiveOperationException missing) {
            throw new IllegalStateException("Could not start the migration", missing);
        }
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!isolated(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = define(name);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** Flyway's own classes and the one class that calls it; nothing the rest of the service uses. */
    static boolean isolated(String className) {
        return className.startsWith("org.flywaydb.") || className.equals(MIGRATION);
    }

    private Class<?> define(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            byte[] bytes = in.readAllBytes();
            // The service's own protection domain: the default one would name this loader, and a thread
            // started while Flyway is on the stack keeps the domains of the stack's classes.
            return defineClass(name, bytes, 0, bytes.length, IsolatedMigration.class.getProtectionDomain());
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Could not read the class " + name, unreadable);
        }
    }
}
