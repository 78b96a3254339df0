package com.fooddelivery.customer.bench;

import com.fooddelivery.customer.domain.customer.CustomerId;
import com.fooddelivery.customer.domain.customer.DeliveryAddress;
import com.fooddelivery.customer.domain.menu.MenuItemId;
import com.fooddelivery.customer.domain.order.EstimatePolicy;
import com.fooddelivery.customer.domain.order.Order;
import com.fooddelivery.customer.domain.order.OrderEvent;
import com.fooddelivery.customer.domain.order.OrderLine;
import com.fooddelivery.customer.domain.order.OrderUid;
import com.fooddelivery.customer.domain.payment.PaymentMethod;
import com.fooddelivery.customer.domain.shared.Money;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The domain's hot paths, for spotting regressions: placing and pricing an order of N lines, and
 * walking an order through its whole life. Run: {@code java -jar bench/jmh/target/benchmarks.jar}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class OrderBenchmark {

    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Param({"3", "50"})
    int lines;

    private List<OrderLine> orderLines;
    private DeliveryAddress address;
    private Order placed;

    @Setup
    public void prepare() {
        orderLines = new ArrayList<>();
        for (int i = 0; i < lines; i++) {
            orderLines.add(new OrderLine(new MenuItemId(i + 1), "Dish " + i, Money.of((i % 20 + 1) + ".95", EUR), i % 5 + 1));
        }
        address = new DeliveryAddress("Main street 1, Berlin");
        placed = place();
    }

    @Benchmark
    public Money placeAndPrice() {
        return place().total();
    }

    @Benchmark
    public Order wholeLife() {
        Order order = placed;
        for (OrderEvent event : new OrderEvent[] {OrderEvent.COOKING_STARTED, OrderEvent.COOKING_FINISHED,
                OrderEvent.DELIVERY_STARTED, OrderEvent.DELIVERED, OrderEvent.PAYMENT_COLLECTED}) {
            order = order.apply(event, NOW).order();
        }
        return order;
    }

    private Order place() {
        return Order.place(OrderUid.random(), new CustomerId(1), orderLines, address, "", PaymentMethod.CASH_ON_DELIVERY,
                NOW, EstimatePolicy.DEFAULT.estimate(NOW, 12));
    }
}
