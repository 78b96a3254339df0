package com.fooddelivery.customer.domain.token;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemorySessionRepositoryTest extends SessionRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryCustomerRepository(), new InMemorySessionRepository());
    }
}
