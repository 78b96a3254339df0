package com.fooddelivery.customer.domain.menu;

/** The in-memory fake held to the {@link MenuPrices} contract. */
class InMemoryMenuPricesTest extends MenuPricesContract {

    @Override
    protected MenuUnderTest<MenuPrices> emptyMenu() {
        return MenuUnderTest.of(new InMemoryMenuRepository(), MenuPrices.class);
    }
}
