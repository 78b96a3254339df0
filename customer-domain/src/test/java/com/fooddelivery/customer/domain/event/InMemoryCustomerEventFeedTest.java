package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;

class InMemoryCustomerEventFeedTest extends CustomerEventFeedContract {

    @Override
    protected Stores emptyStores() {
        InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
        InMemoryOrderRepository orders = new InMemoryOrderRepository();
        InMemoryEventLog log = new InMemoryEventLog(customers, orders);
        return new Stores(customers, orders, new InMemoryUnitOfWork(), log, log);
    }
}
