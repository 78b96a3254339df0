package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemoryOrderRepositoryTest extends OrderRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryCustomerRepository(), new InMemoryOrderRepository());
    }
}
