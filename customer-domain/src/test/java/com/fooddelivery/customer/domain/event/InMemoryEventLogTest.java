package com.fooddelivery.customer.domain.event;

import com.fooddelivery.customer.domain.customer.InMemoryCustomerRepository;
import com.fooddelivery.customer.domain.order.InMemoryOrderRepository;
import com.fooddelivery.customer.domain.shared.InMemoryUnitOfWork;

class InMemoryEventLogTest extends EventLogContract {

    @Override
    protected Stores emptyStores() {
        InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
        InMemoryEventLog log = new InMemoryEventLog(customers);
        return new Stores(customers, new InMemoryOrderRepository(), new InMemoryUnitOfWork(), log, log);
    }
}
