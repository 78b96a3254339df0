package com.fooddelivery.customer.application.wiring;

import com.fooddelivery.customer.domain.event.EventLog;
import com.fooddelivery.customer.domain.shared.UnitOfWork;
import java.time.Clock;
import java.util.Objects;

/**
 * The ports the customer core is built from, in the groups its use cases come in. What every use case needs
 * comes first; each group holds the ports its use cases need, required ones (accounts, menu browsing,
 * ordering, paying by card) and {@code Optional} ones that switch features on: a use case whose port is absent is
 * not built. Build it with {@link #builder()}, which takes the ports one by one and sorts them into the groups.
 *
 * @param unitOfWork the transaction every use case runs its work in
 * @param events     where every change is recorded, in its transaction, for the other services
 */
public record CorePorts(
        UnitOfWork unitOfWork,
        Clock clock,
        EventLog events,
        AccountPorts accounts,
        MenuPorts menu,
        OrderPorts orders,
        PaymentPorts payments,
        InsightPorts insight,
        FeedPorts feeds) {

    /** Requires every part. */
    public CorePorts {
        Objects.requireNonNull(unitOfWork, "unitOfWork");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(accounts, "accounts");
        Objects.requireNonNull(menu, "menu");
        Objects.requireNonNull(orders, "orders");
        Objects.requireNonNull(payments, "payments");
        Objects.requireNonNull(insight, "insight");
        Objects.requireNonNull(feeds, "feeds");
    }

    /** An empty builder: set every required port, and the optional ones a team has. */
    public static CorePortsBuilder builder() {
        return new CorePortsBuilder();
    }
}
