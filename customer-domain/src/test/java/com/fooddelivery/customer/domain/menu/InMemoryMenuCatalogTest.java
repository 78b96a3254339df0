package com.fooddelivery.customer.domain.menu;

/** The in-memory fake held to the {@link MenuCatalog} contract. */
class InMemoryMenuCatalogTest extends MenuCatalogContract {

    @Override
    protected MenuUnderTest<MenuCatalog> emptyMenu() {
        return MenuUnderTest.of(new InMemoryMenuRepository(), MenuCatalog.class);
    }
}
