package com.fooddelivery.customer.domain.menu;

class InMemoryMenuRepositoryTest extends MenuRepositoryContract {

    @Override
    protected MenuRepository emptyMenu() {
        return new InMemoryMenuRepository();
    }
}
