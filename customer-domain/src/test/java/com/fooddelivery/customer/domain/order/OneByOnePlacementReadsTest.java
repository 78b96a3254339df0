package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.NewCategory;
import com.fooddelivery.customer.domain.menu.NewMenuItem;
import com.fooddelivery.customer.domain.shared.Money;
import com.fooddelivery.customer.domain.token.InMemorySessionRepository;
import java.util.Currency;
import java.util.Optional;

/** The reads one by one over the in-memory fakes, as an embedding without its own adapter gets them. */
class OneByOnePlacementReadsTest extends PlacementReadsContract {

    private static final Currency EUR = Currency.getInstance("EUR");

    @Override
    protected Stores emptyStores() {
        InMemoryMenuRepository menu = new InMemoryMenuRepository();
        var pizza = menu.add(new NewCategory("Pizza", "", Optional.empty()));
        menu.add(new NewMenuItem(pizza.id(), "Margherita", "", Money.of("8.50", EUR), Optional.empty()));
        menu.add(new NewMenuItem(pizza.id(), "Cola", "", Money.of("2.20", EUR), Optional.empty()));
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        InMemoryIdempotencyKeys keys = new InMemoryIdempotencyKeys();
        InMemorySessionRepository sessions = new InMemorySessionRepository();
        return new Stores(
                new OrderRepositoryContract.Stores(new InMemoryCustomerRepository(), orders),
                sessions,
                keys,
                menu,
                PlacementReads.oneByOne(sessions, keys, menu, orders));
    }
}
