package com.fooddelivery.customer.domain.menu;

import org.junit.jupiter.api.Nested;

/** The in-memory fake held to each menu port's contract. */
class InMemoryMenuRepositoryTest {

    @Nested
    class Catalog extends MenuCatalogContract {
        @Override
        protected MenuUnderTest<MenuCatalog> emptyMenu() {
            return MenuUnderTest.of(new InMemoryMenuRepository(), MenuCatalog.class);
        }
    }

    @Nested
    class Prices extends MenuPricesContract {
        @Override
        protected MenuUnderTest<MenuPrices> emptyMenu() {
            return MenuUnderTest.of(new InMemoryMenuRepository(), MenuPrices.class);
        }
    }

    @Nested
    class Management extends MenuManagementContract {
        @Override
        protected MenuManagement emptyMenu() {
            return new InMemoryMenuRepository();
        }
    }
}
