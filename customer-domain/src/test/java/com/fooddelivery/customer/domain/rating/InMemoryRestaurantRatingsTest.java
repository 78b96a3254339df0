package com.fooddelivery.customer.domain.rating;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;

class InMemoryRestaurantRatingsTest extends RestaurantRatingsContract {

    @Override
    protected Stores emptyStores() {
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        InMemoryOrderRatings ratings = new InMemoryOrderRatings();
        return new Stores(
                new OrderRepositoryContract.Stores(new InMemoryCustomerRepository(), orders),
                ratings,
                new InMemoryRestaurantRatings(orders, ratings));
    }
}
