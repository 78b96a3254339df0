package com.fooddelivery.customer.domain.payment;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.order.OrderRepositoryContract;

class InMemoryPaymentRepositoryTest extends PaymentRepositoryContract {

    @Override
    protected Stores emptyStores() {
        return new Stores(
                new OrderRepositoryContract.Stores(new InMemoryCustomerRepository(), new InMemoryOrderRepository()),
                new InMemoryPaymentRepository());
    }
}
