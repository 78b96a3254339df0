package com.fooddelivery.customer.adapter.persistence;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.LongFunction;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The highest position of the event log that is settled: every position up to it has committed or
 * rolled back, so a reader served nothing above it can never later find an event below what it has seen
 * (decision 0011). Writers hold {@link JooqEventLog#APPEND_LOCK} shared from drawing their position to
 * their commit, and do not exclude each other. Finding the mark takes that lock exclusively for one short
 * transaction of its own: it waits for the writers in flight, holds new ones back for that moment only,
 * and reads the highest position drawn so far.
 *
 * <p>One instance of the service keeps one mark for all its feed, live-tracking and catch-up readers. A
 * reader reads below the mark it has; only a reader that reached it while a higher position was drawn
 * asks for a new one. Those requests share each computation, and computations are at least
 * {@link #SPACING} apart, so readers pause writers at most 20 times a second per instance.
 */
final class SettledPositions {

    private static final Logger LOG = LoggerFactory.getLogger(SettledPositions.class);
    /** The least time between two computations of the mark. */
    static final Duration SPACING = Duration.ofMillis(50);
    /**
     * Writers hold the lock for their commit only: a longer wait means a writer is stuck. New writers queue
     * behind a waiting exclusive request, so the wait is short, and the next try waits {@link #BACKOFF}.
     */
    private static final String LOCK_TIMEOUT = "set local lock_timeout = '500ms'";

    private static final Duration BACKOFF = Duration.ofSeconds(1);

    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String DRAWN = "select case when is_called then last_value else last_value - 1 end"
            + " from delivery_event_c_position_seq";

    private final DSLContext root;
    private volatile long settled;
    private long notBefore = System.nanoTime();

    SettledPositions(DSLContext root) {
        this.root = root;
    }

    /**
     * Reads events after a position up to a settled mark: below the known mark first, and below a new mark
     * unless that filled the page or nothing higher was drawn. So a page short of its limit holds every
     * event committed before the read, as a reader that has just seen its own write commit expects.
     *
     * @param position the reader's last position
     * @param limit    the most events {@code upTo} returns
     * @param upTo     reads the events after {@code position} up to and including the given mark
     * @param dsl      where to read the highest position drawn (the caller's transaction or none)
     * @return what {@code upTo} found, possibly nothing
     */
    <T> List<T> read(long position, int limit, LongFunction<List<T>> upTo, DSLContext dsl) {
        long known = settled;
        List<T> found = known > position ? upTo.apply(known) : List.of();
        if (found.size() >= limit) {
            return found;
        }
        long drawn = drawn(dsl);
        if (drawn <= Math.max(known, position)) {
            return found;
        }
        long mark = through(drawn);
        return mark > Math.max(known, position) ? upTo.apply(mark) : found;
    }

    /**
     * The mark as of now: every position drawn before this call is settled at or below it.
     *
     * @param dsl where to read the highest position drawn
     * @return the mark; 0 for an empty log
     */
    long head(DSLContext dsl) {
        return through(drawn(dsl));
    }

    /**
     * A mark of at least {@code wanted}, the highest position drawn when the caller asked. A computation that
     * another reader finished meanwhile may already cover it; else this one waits for its turn and computes.
     * Only a writer stuck past the lock timeout leaves the mark lower: the reader finds nothing new and
     * asks again on the next commit's signal, and the next computation waits a second so that a stuck
     * writer does not keep holding the other writers back behind the readers' requests.
     */
    synchronized long through(long wanted) {
        if (settled >= wanted) {
            return settled;
        }
        pace();
        try {
            Long mark = root.transactionResult(transaction -> {
                DSLContext dsl = transaction.dsl();
                dsl.execute(LOCK_TIMEOUT);
                dsl.resultQuery("select pg_advisory_xact_lock(?)", JooqEventLog.APPEND_LOCK)
                        .fetch();
                return drawn(dsl);
            });
            settled = Math.max(settled, mark);
            notBefore = System.nanoTime() + SPACING.toNanos();
        } catch (DataAccessException stuck) {
            notBefore = System.nanoTime() + BACKOFF.toNanos();
            if (!LOCK_NOT_AVAILABLE.equals(stuck.sqlState())) {
                throw ConnectionFailures.translate(stuck);
            }
            LOG.warn(
                    "event log: a writer held its position past the lock timeout; readers try again on the next commit");
        }
        return settled;
    }

    private void pace() {
        long wait = notBefore - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static long drawn(DSLContext dsl) {
        return dsl.resultQuery(DRAWN).fetchOne(0, Long.class);
    }
}
