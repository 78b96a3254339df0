package com.fooddelivery.customer.domain.shared;

import com.fooddelivery.customer.domain.menu.InMemoryMenuRepository;
import com.fooddelivery.customer.domain.menu.MenuManagement;

/** The in-memory unit of work that rolls back, held to the {@link UnitOfWork} contract. */
class RollingBackUnitOfWorkTest extends UnitOfWorkContract {

    private final InMemoryMenuRepository menu = new InMemoryMenuRepository();

    @Override
    protected UnitOfWork unitOfWork() {
        return new RollingBackUnitOfWork(menu);
    }

    @Override
    protected MenuManagement menu() {
        return menu;
    }
}
