package com.fooddelivery.customer.adapter.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fooddelivery.customer.domain.order.OrderUid;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Currency;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The three signed-in reads cost the same for the last of twenty thousand customers as for the tenth
 * (issue 21): PostgreSQL's own account of each statement ({@code EXPLAIN ANALYZE} of its generic plan, the
 * one a prepared statement settles on, row counts only, no timing) adds up to the same number of rows for
 * both. The sessions the statistics know all belong to low customer ids, as in the bench's data, which is
 * what once led the planner to a merge join walking the customer index up to the signed-in customer.
 */
class SignedInReadsCostTest {

    private static final int CUSTOMERS = 20_000;
    private static final int LOW = 10;
    private static final Pattern ROWS = Pattern.compile("\"Actual Rows\": (\\d+)");
    private static final Pattern LOOPS = Pattern.compile("\"Actual Loops\": (\\d+)");
    private static final Pattern REMOVED = Pattern.compile("\"Rows Removed by [^\"]+\": (\\d+)");

    private final AtomicReference<String> lastStatement = new AtomicReference<>();
    private final Instant now = Instant.now();
    private PostgresPersistence persistence;
    private DatabaseSettings settings;

    @BeforeEach
    void twentyThousandCustomersWithSessionsOnlyForTheFirstOnesInTheStatistics() throws SQLException {
        settings = TestPostgres.freshDatabase();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                lastStatement.set(ctx.sql());
            }
        };
        persistence = PostgresPersistence.startObserved(settings, Currency.getInstance("EUR"), recorder);
        JooqOrdersTest.withTheFixturesMenuItems(persistence);
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            sql.execute("insert into delivery_customer_c (customer_uid, login, email, phone_number, password)"
                    + " select gen_random_uuid()::text, 'c' || n, 'c' || n || '@example.com', '+36' || (100000000 + n), 'x'"
                    + " from generate_series(1, " + CUSTOMERS + ") n");
            // Two thousand ended sessions of the first 64 customers, as in the bench's data (customers 2-65).
            sql.execute("insert into delivery_customer_token_c (token_guid, token_begin_dt, token_end_dt, customer_id)"
                    + " select 'old-' || n, now() - interval '1 day', now() - interval '1 hour', 1 + n % 64"
                    + " from generate_series(1, 2000) n");
            sql.execute("analyze delivery_customer_c");
            sql.execute("analyze delivery_customer_token_c");
            // Signed in after the statistics were taken, as sessions of new customers are.
            for (int customer : new int[] {LOW, CUSTOMERS}) {
                sql.execute("insert into delivery_customer_token_c (token_guid, token_begin_dt, token_end_dt,"
                        + " customer_id) values ('" + digest(customer) + "', now() - interval '1 minute',"
                        + " now() + interval '1 hour', " + customer + ")");
                sql.execute("insert into delivery_order_c (order_uid, customer_id, status, payment_method,"
                        + " payment_status, currency, total_amount, item_count, delivery_address, registered_dt,"
                        + " estimated_ready_dt, estimated_delivery_dt) values ('" + uid(customer) + "', "
                        + customer + ", 'PROCESSING', 'CASH_ON_DELIVERY', 'PENDING', 'EUR', 10, 1, 'Street 1',"
                        + " now(), now(), now())");
                sql.execute("insert into delivery_orderitem_c (order_id, line_no, delivery_menuitem_c_id, name,"
                        + " unit_price, quantity, line_cost) select delivery_order_c_id, 1,"
                        + " (select min(delivery_menuitem_c_id) from delivery_menuitem_c), 'Soup', 10, 1, 10"
                        + " from delivery_order_c where customer_id = " + customer);
            }
        }
    }

    @AfterEach
    void close() {
        persistence.close();
    }

    @Test
    void theAccountReadsNoMoreRowsForTheLastCustomerThanForTheTenth() throws SQLException {
        var reads = persistence.signedInReads();
        Plan last = plan(() -> reads.account(digest(CUSTOMERS), now), "'" + digest(CUSTOMERS) + "'", at(), at());
        Plan tenth = plan(() -> reads.account(digest(LOW), now), "'" + digest(LOW) + "'", at(), at());
        assertThat(last.rows()).as("rows read in %s", last).isEqualTo(tenth.rows());
    }

    @Test
    void aPageOfOrdersReadsNoMoreRowsForTheLastCustomerThanForTheTenth() throws SQLException {
        var reads = persistence.signedInReads();
        Plan last = plan(() -> reads.orderPage(digest(CUSTOMERS), now, false, 20, Optional.empty()), pageOf(CUSTOMERS));
        Plan tenth = plan(() -> reads.orderPage(digest(LOW), now, false, 20, Optional.empty()), pageOf(LOW));
        assertThat(last.rows()).as("rows read in %s", last).isEqualTo(tenth.rows());
    }

    @Test
    void anOrderReadsNoMoreRowsForTheLastCustomerThanForTheTenth() throws SQLException {
        var reads = persistence.signedInReads();
        Plan last = plan(() -> reads.order(digest(CUSTOMERS), now, new OrderUid(uid(CUSTOMERS))), orderOf(CUSTOMERS));
        Plan tenth = plan(() -> reads.order(digest(LOW), now, new OrderUid(uid(LOW))), orderOf(LOW));
        assertThat(last.rows()).as("rows read in %s", last).isEqualTo(tenth.rows());
    }

    private String[] pageOf(int customer) {
        return new String[] {Long.toString(Long.MAX_VALUE), "true", "21", "'" + digest(customer) + "'", at(), at()};
    }

    private String[] orderOf(int customer) {
        return new String[] {"'" + uid(customer) + "'", "'" + digest(customer) + "'", at(), at()};
    }

    /**
     * Runs the read through the port, which must find the session, then has PostgreSQL run the statement it
     * sent, prepared, in its generic plan, with the same values, and adds up the rows each step produced or read and dropped.
     */
    private Plan plan(Supplier<Optional<?>> read, String... values) throws SQLException {
        assertThat(read.get()).as("the signed-in read").isPresent();
        String statement = lastStatement.get();
        StringBuilder numbered = new StringBuilder();
        int placeholder = 0;
        for (char c : statement.toCharArray()) {
            numbered.append(c == '?' ? "$" + ++placeholder : String.valueOf(c));
        }
        try (Connection connection = connect();
                Statement sql = connection.createStatement()) {
            sql.execute("set plan_cache_mode = force_generic_plan");
            sql.execute("prepare read as " + numbered);
            String plan;
            try (ResultSet explained = sql.executeQuery("explain (analyze, costs off, timing off, summary off,"
                    + " format json) execute read(" + String.join(", ", values) + ")")) {
                explained.next();
                plan = explained.getString(1);
            }
            long rows = 0;
            Matcher row = ROWS.matcher(plan);
            Matcher loops = LOOPS.matcher(plan);
            while (row.find() && loops.find()) {
                rows += Long.parseLong(row.group(1)) * Long.parseLong(loops.group(1));
            }
            Matcher removed = REMOVED.matcher(plan);
            while (removed.find()) {
                rows += Long.parseLong(removed.group(1));
            }
            return new Plan(rows, plan);
        }
    }

    /** The rows a statement's steps produced or dropped, and PostgreSQL's account of them. */
    private record Plan(long rows, String json) {}

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
    }

    private String at() {
        return "'" + now + "'";
    }

    private static String digest(int customer) {
        return "digest-of-" + customer;
    }

    private static UUID uid(int customer) {
        return new UUID(0, customer);
    }
}
