package com.fooddelivery.customer.adapter.persistence;

import static com.fooddelivery.customer.domain.customer.TestCustomers.aCustomer;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.conf.ParamType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The kitchen queue each order placement counts costs the same however many orders are active (issue 21):
 * PostgreSQL's own account of the statement ({@code EXPLAIN ANALYZE}, row counts only, no timing) shows
 * that no step of it reads more than the cap's rows, with thousands of active orders stored behind
 * twenty thousand delivered ones, where a scan of the table would have to pass them all.
 */
class KitchenQueueCostTest {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final int CAP = 30;
    private static final Pattern ROWS = Pattern.compile("actual rows=(\\d+)");
    private static final Pattern REMOVED = Pattern.compile("Rows Removed by \\w+: (\\d+)");

    private final AtomicReference<String> lastStatement = new AtomicReference<>();
    private PostgresPersistence persistence;

    @AfterEach
    void close() {
        persistence.close();
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 5_000})
    void countingTheQueueReadsNoMoreRowsThanTheCapWhateverTheNumberOfActiveOrders(int active) throws SQLException {
        DatabaseSettings settings = TestPostgres.freshDatabase();
        ExecuteListener recorder = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (ctx.query() != null) {
                    lastStatement.set(ctx.query().getSQL(ParamType.INLINED));
                }
            }
        };
        persistence = PostgresPersistence.startObserved(settings, EUR, recorder);
        persistence.customers().add(aCustomer(1).build());
        try (Connection connection =
                        DriverManager.getConnection(settings.jdbcUrl(), settings.user(), settings.password());
                Statement sql = connection.createStatement()) {
            insertOrders(sql, 20_000, "'DELIVERED'");
            insertOrders(sql, active, "case when n % 2 = 0 then 'PROCESSING' else 'COOKING' end");
            sql.execute("analyze delivery_order_c");

            int queue = persistence.orders().kitchenQueue(CAP);
            List<String> plan = explainAnalyze(sql, lastStatement.get());

            assertThat(queue).isEqualTo(Math.min(active, CAP));
            assertThat(numbers(plan, ROWS))
                    .as("rows of each step in %s", plan)
                    .isNotEmpty()
                    .allMatch(rows -> rows <= CAP);
            assertThat(numbers(plan, REMOVED))
                    .as("rows read and dropped in %s", plan)
                    .allMatch(rows -> rows == 0);
        }
    }

    private static void insertOrders(Statement sql, int count, String status) throws SQLException {
        sql.execute("insert into delivery_order_c (order_uid, customer_id, status, payment_method, payment_status,"
                + " currency, total_amount, item_count, delivery_address, registered_dt, estimated_ready_dt,"
                + " estimated_delivery_dt)"
                + " select gen_random_uuid(), (select min(delivery_customer_c_id) from delivery_customer_c), "
                + status + ", 'CASH_ON_DELIVERY', 'PENDING', 'EUR', 10, 1, 'Street 1', now(), now(), now()"
                + " from generate_series(1, " + count + ") n");
    }

    private static List<String> explainAnalyze(Statement sql, String statement) throws SQLException {
        List<String> plan = new ArrayList<>();
        try (ResultSet lines = sql.executeQuery("explain (analyze, costs off, timing off, summary off) " + statement)) {
            while (lines.next()) {
                plan.add(lines.getString(1));
            }
        }
        return plan;
    }

    private static List<Long> numbers(List<String> plan, Pattern pattern) {
        List<Long> found = new ArrayList<>();
        for (String line : plan) {
            Matcher matcher = pattern.matcher(line);
            if (matcher.find()) {
                found.add(Long.parseLong(matcher.group(1)));
            }
        }
        return found;
    }
}
