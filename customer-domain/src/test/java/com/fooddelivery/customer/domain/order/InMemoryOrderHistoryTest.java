package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemoryOrderHistoryTest extends OrderHistoryContract {

    @Override
    protected Stores emptyStores() {
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        return new Stores(new InMemoryCustomerRepository(), orders, orders);
    }
}
