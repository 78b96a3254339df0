package com.fooddelivery.customer.domain.menu;

/** The in-memory fake held to the {@link MenuManagement} contract. */
class InMemoryMenuManagementTest extends MenuManagementContract {

    @Override
    protected MenuManagement emptyMenu() {
        return new InMemoryMenuRepository();
    }
}
