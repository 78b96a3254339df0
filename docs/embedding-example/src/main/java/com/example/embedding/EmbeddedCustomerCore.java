package com.example.embedding;

import com.fooddelivery.customer.application.wiring.CorePorts;
import com.fooddelivery.customer.application.wiring.CustomerCore;
import com.fooddelivery.customer.domain.menu.MenuCatalog;
import com.fooddelivery.customer.domain.menu.MenuPrices;
import java.time.Clock;
import java.util.Optional;

/**
 * The composition root of an embedding team: each port gets this example's adapter, and the core's
 * published factory builds every use case from them. This team takes cards only, so it gives no
 * bank-QR issuer and has no QR use case.
 */
public final class EmbeddedCustomerCore {

    private EmbeddedCustomerCore() {
    }

    /**
     * The core on this example's in-memory adapters and the default policies.
     *
     * @param catalog the menu as customers browse it (the team's own store, or the in-memory one of the tests)
     * @param prices  today's prices of the items an order names, usually the same store
     * @param clock   the time every use case reads
     * @return the use cases, ready to call
     */
    public static CustomerCore inMemory(MenuCatalog catalog, MenuPrices prices, Clock clock) {
        return CustomerCore.of(CorePorts.builder()
                .customers(new MapCustomerRepository()).sessions(new MapSessionRepository())
                .signInAttempts(new MapSignInAttempts()).deviceTokens(new MapDeviceTokens())
                .hasher(new Pbkdf2PasswordHasher(10_000))
                .catalog(catalog).prices(prices)
                .orders(new MapOrderRepository()).idempotencyKeys(new MapIdempotencyKeys())
                .payments(new MapPaymentRepository()).cards(new TestModeCardProcessor())
                .unitOfWork(new LockingUnitOfWork()).events(new ListEventLog()).clock(clock)
                .build());
    }
}
