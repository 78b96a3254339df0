import com.fooddelivery.customer.adapter.persistence.DatabaseSettings;
import com.fooddelivery.customer.adapter.persistence.PostgresPersistence;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.token.SignedInReads;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in reads' own CPU in the service's persistence adapter: the CPU time of the calling thread
 * per {@code SignedInReads} call (jOOQ, the JDBC driver, the row mapping; neither HTTP nor PostgreSQL's
 * own work), one thread, on bench/run.sh's data with its signed-in sessions. Thread CPU time counts what
 * the thread ran, not how long it waited for a core, so it means something on a busy machine, where
 * request rates do not; warm-up is by time, then ROUNDS rounds of CALLS calls per read.
 * {@code java -cp customerbackend.jar bench/ReadsCpu.java JDBC_URL WARMUP_SECONDS CALLS ROUNDS}
 */
public class ReadsCpu {
    record Caller(String digest, UUID order) {}

    public static void main(String[] args) throws Exception {
        String url = args[0];
        int warmSeconds = Integer.parseInt(args[1]);
        int measured = Integer.parseInt(args[2]);
        int rounds = Integer.parseInt(args[3]);
        List<Caller> callers = new ArrayList<>();
        try (var c = DriverManager.getConnection(url, "postgres", "postgres");
                var rs = c.createStatement().executeQuery(
                        "select t.token_guid, (select o.order_uid from delivery_order_c o where o.customer_id = t.customer_id"
                                + " order by o.delivery_order_c_id desc limit 1) from delivery_customer_token_c t"
                                + " where t.token_end_dt > now() and t.token_begin_dt <= now() limit 64")) {
            while (rs.next()) callers.add(new Caller(rs.getString(1), rs.getObject(2, UUID.class)));
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (PostgresPersistence p = PostgresPersistence.start(new DatabaseSettings(url, "postgres", "postgres", 4), Currency.getInstance("EUR"))) {
            SignedInReads reads = p.signedInReads();
            String[] names = {"me", "orders", "order"};
            long end = System.nanoTime() + warmSeconds * 1_000_000_000L;
            int i = 0;
            while (System.nanoTime() < end) { for (int r = 0; r < 3; r++) call(reads, r, callers.get(i++ % callers.size())); }
            for (int round = 1; round <= rounds; round++) {
                StringBuilder line = new StringBuilder("round " + round + ":");
                for (int r = 0; r < 3; r++) {
                    long cpu = threads.getCurrentThreadCpuTime(), wall = System.nanoTime();
                    for (int n = 0; n < measured; n++) call(reads, r, callers.get(n % callers.size()));
                    long us = (threads.getCurrentThreadCpuTime() - cpu) / measured;
                    line.append(String.format(" %s %.1f us CPU (%.0f us wall)", names[r], us / 1000.0, (System.nanoTime() - wall) / 1000.0 / measured));
                }
                System.out.println(line + "; load " + new String(java.nio.file.Files.readAllBytes(java.nio.file.Path.of("/proc/loadavg"))).substring(0, 14));
            }
        }
    }

    static void call(SignedInReads reads, int route, Caller c) {
        Object result = switch (route) {
            case 0 -> reads.account(c.digest(), Instant.now()).orElseThrow();
            case 1 -> reads.orderPage(c.digest(), Instant.now(), false, 20, Optional.empty()).orElseThrow();
            default -> reads.order(c.digest(), Instant.now(), new OrderUid(c.order())).orElseThrow().value().orElseThrow();
        };
        if (result == null) throw new AssertionError();
    }
}
