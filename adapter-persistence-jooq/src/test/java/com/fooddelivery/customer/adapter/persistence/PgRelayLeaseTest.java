package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One relay at a time, and the next one as soon as the holder's connection is gone. */
class PgRelayLeaseTest {

    @Test
    void oneInstanceHoldsTheLeaseUntilItsConnectionEndsThenAnotherTakesIt() throws Exception {
        DatabaseSettings database = TestPostgres.freshDatabase();
        PgRelayLease first = new PgRelayLease(database);
        PgRelayLease second = new PgRelayLease(database);
        try {
            assertThat(first.hold()).isTrue();
            assertThat(second.hold()).as("held by the first").isFalse();
            assertThat(first.hold()).as("still the first's").isTrue();

            // The holder dies: its backend is terminated, as when its JVM is killed and its socket closes.
            try (Connection admin =
                            DriverManager.getConnection(database.jdbcUrl(), database.user(), database.password());
                    Statement sql = admin.createStatement()) {
                sql.execute("select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory'"
                        + " and objid = " + (PgRelayLease.KEY & 0xffffffffL) + " and granted");
            }

            // The terminated backend frees the lock as it exits, a moment after the signal.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean taken = second.hold();
            while (!taken && System.nanoTime() < deadline) {
                Thread.sleep(50);
                taken = second.hold();
            }
            assertThat(taken).as("taken over within seconds").isTrue();
            assertThat(first.hold()).as("the first learns it lost the lease").isFalse();
            second.release();
            assertThat(first.hold()).as("a released lease is free at once").isTrue();
        } finally {
            first.close();
            second.close();
        }
    }
}
