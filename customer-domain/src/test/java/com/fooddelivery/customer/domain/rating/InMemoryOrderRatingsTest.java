package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;

class InMemoryOrderRatingsTest extends OrderRatingsContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(
                new OrderRepositoryContract.Stores(new InMemoryCustomerRepository(), new InMemoryOrderRepository()),
                new InMemoryOrderRatings());
    }
}
