package com.fooddelivery.customer.domain.order;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;

class InMemoryCourierPositionsTest extends CourierPositionsContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(
                new OrderRepositoryContract.Stores(new InMemoryCustomerRepository(), new InMemoryOrderRepository()),
                new InMemoryCourierPositions());
    }
}
