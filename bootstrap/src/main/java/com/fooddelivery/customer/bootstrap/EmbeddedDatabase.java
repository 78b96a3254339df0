package com.fooddelivery.customer.bootstrap;

import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL the service runs on when no external one is configured. Its data directory is kept
 * between runs, so what customers did survives a restart, and it runs with full durability: an
 * order acknowledged before a power cut is still there after it.
 */
final class EmbeddedDatabase implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(30);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;

    private EmbeddedDatabase(EmbeddedPostgres postgres, FileChannel lockChannel) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
    }

    static EmbeddedDatabase start(Path dataDir) {
        Path directory = dataDir.resolve("postgres").toAbsolutePath();
        FileChannel lockChannel = null;
        try {
            Files.createDirectories(directory);
            lockChannel = lockExclusively(dataDir.resolve("customerbackend.lock"));
            stopOrphanedServer(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    // The library tunes for throw-away test databases; this one keeps real data.
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // The library's own hook would stop the database at SIGTERM while requests in
                    // flight still need it; CustomerBackend.close stops it last instead.
                    .setRegisterShutdownHook(false)
                    .start();
            LOG.info("Embedded PostgreSQL running on port {} with data in {}", postgres.getPort(), directory);
            return new EmbeddedDatabase(postgres, lockChannel);
        } catch (IOException failure) {
            closeQuietly(lockChannel);
            throw new UncheckedIOException("cannot start the embedded PostgreSQL in " + directory, failure);
        } catch (RuntimeException failure) {
            closeQuietly(lockChannel);
            throw failure;
        }
    }

    DatabaseSettings settings(int poolSize) {
        return new DatabaseSettings(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres", poolSize);
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException failure) {
            LOG.warn("Embedded PostgreSQL did not stop cleanly", failure);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    /** Only one service process may own a data directory; a second one stops here. */
    private static FileChannel lockExclusively(Path lockFile) throws IOException {
        FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException heldInThisProcess) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new IllegalStateException("another customerbackend process uses " + lockFile.getParent()
                    + "; stop it or set DATA_DIR to another directory");
        }
        return channel;
    }

    /**
     * A service process killed without a chance to stop its database (SIGKILL, OOM) leaves the
     * server running on the directory. Holding the directory's lock proves its owner is gone, so
     * the orphan is shut down (it flushes its committed work as it goes) before a new one starts.
     */
    private static void stopOrphanedServer(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
        Optional<ProcessHandle> orphan = lines.isEmpty()
                ? Optional.empty()
                : parsePid(lines.get(0))
                        .flatMap(ProcessHandle::of)
                        .filter(process -> process.info()
                                .command()
                                .map(command -> command.endsWith("postgres"))
                                .orElse(false));
        if (orphan.isEmpty()) {
            return;
        }
        LOG.warn(
                "Stopping the PostgreSQL (pid {}) left running on {} by a previous process",
                orphan.get().pid(),
                directory);
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception notStopped) {
            throw new IllegalStateException(
                    "the PostgreSQL left running on " + directory + " did not stop", notStopped);
        }
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.strip()));
        } catch (NumberFormatException garbage) {
            return Optional.empty();
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // releasing the lock is all that matters, and closing the JVM does that too
            }
        }
    }
}
