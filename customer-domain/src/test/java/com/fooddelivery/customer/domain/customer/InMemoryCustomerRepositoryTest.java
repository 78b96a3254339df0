package com.fooddelivery.customer.domain.customer;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    @Override
    protected CustomerRepository emptyCustomers() {
        return new InMemoryCustomerRepository();
    }
}
