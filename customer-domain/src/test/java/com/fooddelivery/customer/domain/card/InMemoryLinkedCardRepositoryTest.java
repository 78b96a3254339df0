package com.fooddelivery.customer.domain.card;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemoryLinkedCardRepositoryTest extends LinkedCardRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(new InMemoryCustomerRepository(), new InMemoryLinkedCardRepository());
    }
}
